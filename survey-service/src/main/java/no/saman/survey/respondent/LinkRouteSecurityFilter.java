package no.saman.survey.respondent;

import io.micronaut.context.annotation.Replaces;
import io.micronaut.context.annotation.Requires;
import io.micronaut.http.HttpAttributes;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.Filter;
import io.micronaut.http.filter.ServerFilterChain;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.config.SecurityConfiguration;
import io.micronaut.security.filters.AuthenticationFetcher;
import io.micronaut.security.filters.SecurityFilter;
import io.micronaut.security.rules.SecurityRule;
import io.micronaut.web.router.MethodBasedRouteMatch;
import io.micronaut.web.router.RouteMatch;
import java.util.Collection;
import java.util.Set;
import no.saman.survey.page.RespondentPageController;
import org.reactivestreams.Publisher;

/**
 * Micronaut's security filter, passed by on the respondent's one-time-link routes only: they are
 * {@code @Secured(IS_ANONYMOUS)}, so the rules allow them whoever asks, and the filter's reactive
 * chain of authentication fetchers and rules was a fifth of the request threads' samples under
 * intake load. A route is passed by only when it is a method of these controllers whose
 * {@code @Secured} says exactly {@code isAnonymous()} and no IP allow-list is configured;
 * everything else (the console, the admin API, health, assets) goes through the whole filter.
 */
@Replaces(SecurityFilter.class)
@Filter("${micronaut.security.filter.pattern:/**}")
@Requires(
    property = "micronaut.security.filter.enabled",
    notEquals = "false",
    defaultValue = "true")
public class LinkRouteSecurityFilter extends SecurityFilter {

  private static final Set<Class<?>> LINK_CONTROLLERS =
      Set.of(RespondentController.class, RespondentPageController.class);

  /** IpPatternsRule's "every address": with any other list, the rule must see every request. */
  private static final String ALL_ADDRESSES = "0.0.0.0";

  private final boolean anyAddress;

  public LinkRouteSecurityFilter(
      Collection<SecurityRule<HttpRequest<?>>> securityRules,
      Collection<AuthenticationFetcher<HttpRequest<?>>> authenticationFetchers,
      SecurityConfiguration securityConfiguration) {
    super(securityRules, authenticationFetchers, securityConfiguration);
    this.anyAddress = securityConfiguration.getIpPatterns().contains(ALL_ADDRESSES);
  }

  @Override
  public Publisher<MutableHttpResponse<?>> doFilter(
      HttpRequest<?> request, ServerFilterChain chain) {
    return anyAddress && anonymousLinkRoute(request)
        ? chain.proceed(request)
        : super.doFilter(request, chain);
  }

  static boolean anonymousLinkRoute(HttpRequest<?> request) {
    RouteMatch<?> route =
        request.getAttribute(HttpAttributes.ROUTE_MATCH, RouteMatch.class).orElse(null);
    if (!(route instanceof MethodBasedRouteMatch<?, ?> method)
        || !LINK_CONTROLLERS.contains(method.getDeclaringType())) {
      return false;
    }
    String[] secured = method.stringValues(Secured.class);
    return secured.length == 1 && SecurityRule.IS_ANONYMOUS.equals(secured[0]);
  }
}

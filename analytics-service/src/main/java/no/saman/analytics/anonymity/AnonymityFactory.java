package no.saman.analytics.anonymity;

import io.micronaut.context.annotation.Factory;
import jakarta.inject.Singleton;

/**
 * Makes the plain anonymity classes beans, configured from {@link AnonymityProperties}; a comment
 * threshold set below k is raised to k, never the other way round.
 */
@Factory
class AnonymityFactory {

  @Singleton
  AnonymityThreshold anonymityThreshold(AnonymityProperties properties) {
    return new AnonymityThreshold(properties.k(), Math.max(properties.k(), properties.commentK()));
  }

  @Singleton
  AnonymityGuard anonymityGuard(AnonymityThreshold threshold) {
    return new AnonymityGuard(threshold);
  }
}

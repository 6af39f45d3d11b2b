package no.saman.analytics.anonymity;

import io.micronaut.context.annotation.Factory;
import jakarta.inject.Singleton;

/**
 * Makes the plain {@link AnonymityThreshold} a bean, configured from {@link AnonymityProperties}.
 */
@Factory
class AnonymityFactory {

  @Singleton
  AnonymityThreshold anonymityThreshold(AnonymityProperties properties) {
    return new AnonymityThreshold(properties.k());
  }
}

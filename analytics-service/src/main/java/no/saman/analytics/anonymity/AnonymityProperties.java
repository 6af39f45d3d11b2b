package no.saman.analytics.anonymity;

import io.micronaut.context.annotation.ConfigurationProperties;
import io.micronaut.context.annotation.Context;
import jakarta.validation.constraints.Min;

/**
 * The anonymity threshold of this deployment, read and checked at start so that a k below 3 stops
 * the service instead of leaking small groups.
 *
 * @param k the smallest number of responses a group may show figures for
 */
@Context
@ConfigurationProperties("analytics.anonymity")
public record AnonymityProperties(@Min(AnonymityThreshold.LOWEST_K) int k) {}

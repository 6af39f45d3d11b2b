package no.saman.analytics.anonymity;

import io.micronaut.context.annotation.ConfigurationProperties;
import io.micronaut.context.annotation.Context;
import jakarta.validation.constraints.Min;

/**
 * The anonymity thresholds of this deployment, read and checked at start so that a k below 3, or a
 * comment threshold below k, stops the service instead of leaking small groups.
 *
 * @param k the smallest number of responses a group may show figures for
 * @param commentK the smallest number of responses a group may show comments for
 */
@Context
@ConfigurationProperties("analytics.anonymity")
public record AnonymityProperties(
    @Min(AnonymityThreshold.LOWEST_K) int k, @Min(AnonymityThreshold.LOWEST_K) int commentK) {}

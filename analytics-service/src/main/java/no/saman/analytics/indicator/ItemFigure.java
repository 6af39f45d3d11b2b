package no.saman.analytics.indicator;

import java.util.Map;

/**
 * The statistics of one item in one group: n, mean, standard deviation, the full distribution and,
 * on 1–5 scales, the top box (4–5) and bottom box (1–2) shares; categorical items have n and the
 * distribution only.
 *
 * @param n how many answered the item
 * @param mean null for a categorical item
 * @param sd sample standard deviation, null for a categorical item or fewer than two answers
 * @param distribution answer (or category) to how many gave it, in scale (or choice) order
 * @param topBox share answering 4 or 5, null unless the item is on a 1–5 scale
 * @param bottomBox share answering 1 or 2, null unless the item is on a 1–5 scale
 */
public record ItemFigure(
    String id,
    long n,
    Double mean,
    Double sd,
    Map<String, Long> distribution,
    Double topBox,
    Double bottomBox) {}

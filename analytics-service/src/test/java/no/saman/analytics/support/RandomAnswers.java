package no.saman.analytics.support;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import no.saman.analytics.instrument.Instrument;
import no.saman.analytics.instrument.Item;

/** Random answers to a random part of an instrument, now and then out of range or of wrong type. */
public final class RandomAnswers {

  private RandomAnswers() {}

  public static Map<String, Object> of(Instrument instrument, Random random) {
    Map<String, Object> answers = new HashMap<>();
    for (Item item : instrument.items()) {
      if (random.nextInt(10) < 3) {
        continue;
      }
      int wrong = random.nextInt(25);
      switch (item.type()) {
        case INTEGER, SCALE -> {
          int low = item.min() - 1;
          int high = item.max() + 1;
          answers.put(item.id(), wrong == 0 ? "x" : low + random.nextInt(high - low + 1));
        }
        case CHOICE ->
            answers.put(
                item.id(),
                wrong == 0 ? "bogus" : item.choices().get(random.nextInt(item.choices().size())));
        case MULTI -> {
          List<String> chosen = new ArrayList<>();
          for (int i = random.nextInt(4); i > 0; i--) {
            chosen.add(item.choices().get(random.nextInt(item.choices().size())));
          }
          if (wrong == 0) {
            chosen.add("bogus");
          }
          answers.put(item.id(), chosen);
        }
        default -> answers.put(item.id(), "fritekst " + random.nextInt());
      }
    }
    return answers;
  }
}

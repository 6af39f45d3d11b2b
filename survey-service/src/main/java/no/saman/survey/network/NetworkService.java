package no.saman.survey.network;

import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import no.saman.survey.organisation.MunicipalityRepository;
import no.saman.survey.outbox.Outbox;
import no.saman.survey.problem.Problem.FieldError;
import no.saman.survey.problem.ProblemException;

/** Creates and updates networks, publishing each change through the outbox. */
@Singleton
public class NetworkService {

  private final NetworkRepository networks;
  private final MunicipalityRepository municipalities;
  private final Outbox outbox;

  public NetworkService(
      NetworkRepository networks, MunicipalityRepository municipalities, Outbox outbox) {
    this.networks = networks;
    this.municipalities = municipalities;
    this.outbox = outbox;
  }

  @Transactional
  public NetworkCommands.NetworkView put(String id, NetworkCommands.PutNetwork command) {
    List<FieldError> errors = new ArrayList<>();
    for (int i = 0; i < command.municipalities().size(); i++) {
      String code = command.municipalities().get(i);
      if (code == null || !code.matches("[0-9]{4}")) {
        errors.add(new FieldError("municipalities[" + i + "]", "must be a 4-digit kommunenummer"));
      }
    }
    if (!errors.isEmpty()) {
      throw ProblemException.invalid(errors);
    }
    List<String> members = new ArrayList<>(new LinkedHashSet<>(command.municipalities()));
    for (int i = 0; i < members.size(); i++) {
      if (!municipalities.existsById(members.get(i))) {
        errors.add(
            new FieldError("municipalities[" + i + "]", "no municipality " + members.get(i)));
      }
    }
    if (!errors.isEmpty()) {
      throw ProblemException.invalid(errors);
    }
    Network network = new Network(id, command.name(), command.theme(), command.leader());
    Network saved = networks.existsById(id) ? networks.update(network) : networks.save(network);
    networks.removeMembers(id);
    members.forEach(m -> networks.addMember(id, m));
    NetworkEvent event = NetworkEvent.of(saved, members);
    outbox.append(NetworkEvent.TOPIC, event.key(), event);
    return new NetworkCommands.NetworkView(
        saved.id(), saved.name(), saved.theme(), saved.leader(), members);
  }
}

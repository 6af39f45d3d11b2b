package no.saman.infra.deploy.k8s;

import io.fabric8.kubernetes.api.model.LabelSelector;
import io.fabric8.kubernetes.api.model.LabelSelectorRequirement;
import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicy;
import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicyIngressRule;
import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicyPeer;
import java.util.List;
import java.util.Map;

/**
 * Whether a connection is allowed by a namespace's NetworkPolicies, by the rules of the Kubernetes
 * API (ingress only, selectors with matchLabels and matchExpressions, numeric ports; ipBlock peers
 * are not used here and match nothing).
 */
record NetworkAccess(String namespace, List<NetworkPolicy> policies) {

  record Pod(String namespace, Map<String, String> namespaceLabels, Map<String, String> labels) {}

  boolean allows(Pod source, Map<String, String> targetLabels, int port) {
    List<NetworkPolicy> selecting =
        policies.stream()
            .filter(p -> p.getSpec().getPolicyTypes().contains("Ingress"))
            .filter(p -> matches(p.getSpec().getPodSelector(), targetLabels))
            .toList();
    if (selecting.isEmpty()) {
      return true; // a pod no policy selects is not isolated
    }
    return selecting.stream()
        .flatMap(p -> p.getSpec().getIngress().stream())
        .anyMatch(rule -> portMatches(rule, port) && peerMatches(rule, source));
  }

  private static boolean portMatches(NetworkPolicyIngressRule rule, int port) {
    if (rule.getPorts() == null || rule.getPorts().isEmpty()) {
      return true;
    }
    return rule.getPorts().stream()
        .map(p -> p.getPort())
        .anyMatch(p -> p == null || (p.getIntVal() != null && p.getIntVal() == port));
  }

  private boolean peerMatches(NetworkPolicyIngressRule rule, Pod source) {
    if (rule.getFrom() == null || rule.getFrom().isEmpty()) {
      return true;
    }
    return rule.getFrom().stream().anyMatch(peer -> peerMatches(peer, source));
  }

  private boolean peerMatches(NetworkPolicyPeer peer, Pod source) {
    if (peer.getIpBlock() != null) {
      return false;
    }
    boolean namespaceOk =
        peer.getNamespaceSelector() == null
            ? source.namespace().equals(namespace)
            : matches(peer.getNamespaceSelector(), source.namespaceLabels());
    boolean podOk =
        peer.getPodSelector() == null || matches(peer.getPodSelector(), source.labels());
    return namespaceOk && podOk;
  }

  static boolean matches(LabelSelector selector, Map<String, String> labels) {
    if (selector == null) {
      return true;
    }
    if (selector.getMatchLabels() != null
        && !selector.getMatchLabels().entrySet().stream()
            .allMatch(e -> e.getValue().equals(labels.get(e.getKey())))) {
      return false;
    }
    if (selector.getMatchExpressions() != null) {
      for (LabelSelectorRequirement r : selector.getMatchExpressions()) {
        String value = labels.get(r.getKey());
        boolean ok =
            switch (r.getOperator()) {
              case "In" -> value != null && r.getValues().contains(value);
              case "NotIn" -> value == null || !r.getValues().contains(value);
              case "Exists" -> value != null;
              case "DoesNotExist" -> value == null;
              default -> throw new IllegalArgumentException(r.getOperator());
            };
        if (!ok) {
          return false;
        }
      }
    }
    return true;
  }
}

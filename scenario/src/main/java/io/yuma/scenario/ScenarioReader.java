package io.yuma.scenario;

import io.yuma.api.SubnetInput;
import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Reads scenario files (SCENARIOS.md). Every error is a {@link ScenarioException} naming the file,
 * line, column and field.
 */
public final class ScenarioReader {
    private static final Set<String> TOP = Set.of("name", "note", "source", "epochs", "amounts", "emission",
            "base_validator", "owner", "initial_permits", "blocks", "hyperparameters", "mechanisms", "validators",
            "servers", "weights", "events", "variants", "sweep");
    /**
     * Per-uid results a run may hold (epochs x variants x neurons x mechanisms): every result is
     * kept in memory until the files are written, about 200 bytes each, so this bounds a run near
     * 2 GB of heap and 5 GB of files, 50 times the 1,000-variant sweep of the examples.
     */
    static final long MAX_ROWS = 10_000_000;
    private static final List<String> DEFAULT_VARIANTS = List.of("yuma1", "yuma3", "yuma3-liquid-alpha");

    private ScenarioReader() {
    }

    /**
     * Reads a scenario file.
     *
     * @param file the file, YAML (or JSON)
     * @return the scenario
     * @throws IOException when the file cannot be read
     * @throws ScenarioException when it is not a valid scenario
     */
    public static Scenario read(Path file) throws IOException {
        return read(file.toString(), Files.readString(file, StandardCharsets.UTF_8));
    }

    /**
     * Reads a scenario from text.
     *
     * @param fileName the name errors give for the file
     * @param text the scenario, YAML (or JSON)
     * @return the scenario
     * @throws ScenarioException when it is not a valid scenario
     */
    public static Scenario read(String fileName, String text) {
        try (Reader reader = new StringReader(text)) {
            return new Parse(YamlTree.read(fileName, reader)).scenario();
        } catch (IOException e) {
            throw new ScenarioException(fileName, 0, 0, null, "cannot be read: " + e.getMessage());
        }
    }

    /** One file's parse: the root and what was learned so far (units, names). */
    private static final class Parse {
        private final Node root;
        private Amounts.Unit unit = Amounts.Unit.ALPHA;
        private final Map<String, Role> roles = new LinkedHashMap<>();
        private int epochs;

        Parse(Node root) {
            this.root = root.only(TOP);
        }

        Scenario scenario() {
            Node nameNode = root.required("name");
            String name = nameNode.text();
            if (!name.matches("[A-Za-z0-9][A-Za-z0-9._-]*")) {
                throw nameNode.error("'" + name + "' cannot name an output directory: use letters, digits, '.', '_'"
                        + " and '-'");
            }
            Node epochsNode = root.required("epochs");
            epochs = (int) Amounts.integer(epochsNode, 1, 1_000_000);
            Node amounts = root.get("amounts");
            if (amounts != null) {
                unit = switch (amounts.text()) {
                    case "alpha", "tao" -> Amounts.Unit.ALPHA;
                    case "rao" -> Amounts.Unit.RAO;
                    default -> throw amounts.error("'" + amounts.text() + "' is not alpha, tao or rao");
                };
            }
            Map<String, Node> registeredLater = registeredLater();
            List<Scenario.Neuron> neurons = new ArrayList<>();
            neurons.addAll(neurons(root.get("validators"), Role.VALIDATOR, registeredLater));
            neurons.addAll(neurons(root.get("servers"), Role.SERVER, registeredLater));
            if (neurons.isEmpty()) {
                throw root.error("no validators and no servers: a scenario needs at least one neuron");
            }
            EnumMap<Hyperparameter, Long> hyperparameters = hyperparameters();
            String base = optionalName(root.get("base_validator"), Role.VALIDATOR);
            String owner = optionalName(root.get("owner"), null);
            Node permits = root.get("initial_permits");
            boolean initialPermits = permits == null || switch (permits.text()) {
                case "validators" -> true;
                case "none" -> false;
                default -> throw permits.error("'" + permits.text() + "' is not validators or none");
            };
            Node emission = root.get("emission");
            long rao = emission == null ? Amounts.RAO_PER_ALPHA.longValueExact() : Amounts.rao(emission, unit);
            Node note = root.get("note");
            Node source = root.get("source");
            Node mechanisms = root.get("mechanisms");
            int count = mechanisms == null ? 1
                    : (int) Amounts.integer(mechanisms.only(Set.of("count", "emission_split")).required("count"), 1,
                            SubnetInput.MAX_MECHANISMS);
            List<Scenario.Variant> variants = variants();
            long rows = (long) epochs * variants.size() * neurons.size() * count;
            if (rows > MAX_ROWS) {
                throw epochsNode.error(epochs + " epochs x " + variants.size() + " variants x " + neurons.size()
                        + " neurons x " + count + " mechanisms is " + rows + " results, more than the " + MAX_ROWS
                        + " a run holds in memory: run fewer epochs or variants, or split the sweep");
            }
            return new Scenario(name, note == null ? "" : note.text(), source == null ? "" : source.text(), epochs,
                    base, owner, initialPermits, rao, blocks(hyperparameters.get(Hyperparameter.TEMPO)),
                    hyperparameters, count, split(mechanisms, count), neurons, weights(count), events(),
                    variants);
        }

        /** Neurons named by register events: absent until then. */
        private Map<String, Node> registeredLater() {
            Map<String, Node> later = new HashMap<>();
            Node events = root.get("events");
            if (events != null) {
                for (Node event : events.items()) {
                    Node register = event.isMap() ? event.get("register") : null;
                    if (register != null) {
                        later.putIfAbsent(register.text(), register);
                    }
                }
            }
            return later;
        }

        private List<Scenario.Neuron> neurons(Node list, Role role, Map<String, Node> registeredLater) {
            List<Scenario.Neuron> neurons = new ArrayList<>();
            if (list == null) {
                return neurons;
            }
            for (Node item : list.items()) {
                Node nameNode = item.isMap() ? item.only(Set.of("name", "stake")).required("name") : item;
                String name = nameNode.text();
                if (roles.putIfAbsent(name, role) != null) {
                    throw nameNode.error("the name '" + name + "' is used twice: every neuron needs its own");
                }
                TreeMap<Integer, Long> stake = new TreeMap<>();
                stake.put(0, 0L);
                Node stakeNode = item.isMap() ? item.get("stake") : null;
                if (stakeNode != null && stakeNode.isMap()) {
                    for (Map.Entry<String, Node> entry : stakeNode.entries().entrySet()) {
                        stake.put(epoch(entry.getKey(), entry.getValue()), Amounts.rao(entry.getValue(), unit));
                    }
                } else if (stakeNode != null) {
                    stake.put(0, Amounts.rao(stakeNode, unit));
                }
                neurons.add(new Scenario.Neuron(name, role, stake, !registeredLater.containsKey(name)));
            }
            return neurons;
        }

        private int epoch(String text, Node at) {
            try {
                int epoch = Integer.parseInt(text.strip());
                if (epoch >= 0 && epoch < epochs) {
                    return epoch;
                }
            } catch (NumberFormatException e) {
                throw at.error("'" + text + "' is not an epoch number");
            }
            throw at.error("epoch " + text + " is outside the scenario's epochs 0 to " + (epochs - 1));
        }

        private String optionalName(Node node, Role role) {
            if (node == null) {
                return null;
            }
            return name(node, role);
        }

        /** A neuron's name at {@code node}, of {@code role} unless null. */
        private String name(Node node, Role role) {
            String name = node.text();
            Role found = roles.get(name);
            if (found == null) {
                throw node.error("no neuron is named '" + name + "'; the names are " + roles.keySet());
            }
            if (role != null && found != role) {
                throw node.error("'" + name + "' is a " + found.word() + ", expected a " + role.word());
            }
            return name;
        }

        private EnumMap<Hyperparameter, Long> hyperparameters() {
            EnumMap<Hyperparameter, Long> values = new EnumMap<>(Hyperparameter.class);
            for (Hyperparameter h : Hyperparameter.values()) {
                values.put(h, h.chainDefault());
            }
            Node given = root.get("hyperparameters");
            Map<Hyperparameter, Long> set = given == null ? Map.of() : settings(given);
            values.putAll(set);
            if (set.containsKey(Hyperparameter.TEMPO) && !set.containsKey(Hyperparameter.ACTIVITY_CUTOFF)) {
                long tempo = set.get(Hyperparameter.TEMPO);
                values.put(Hyperparameter.ACTIVITY_CUTOFF,
                        Math.max(1, Hyperparameter.ACTIVITY_CUTOFF_FACTOR_MILLI * tempo / 1000));
            }
            return values;
        }

        private Map<Hyperparameter, Long> settings(Node map) {
            Map<Hyperparameter, Long> settings = new EnumMap<>(Hyperparameter.class);
            for (Map.Entry<String, Node> entry : map.entries().entrySet()) {
                Hyperparameter h = Hyperparameter.named(entry.getKey(), entry.getValue());
                settings.put(h, h.parse(entry.getValue(), unit));
            }
            return settings;
        }

        private Scenario.Blocks blocks(long tempo) {
            Node node = root.get("blocks");
            long perEpoch = tempo + 1;
            long first = perEpoch;
            long registration = -1;
            boolean lastStep = true;
            if (node != null) {
                node.only(Set.of("first", "per_epoch", "registration", "last_step"));
                if (node.get("per_epoch") != null) {
                    perEpoch = Amounts.integer(node.get("per_epoch"), 1, Integer.MAX_VALUE);
                    first = perEpoch;
                }
                if (node.get("first") != null) {
                    first = Amounts.integer(node.get("first"), 1, Long.MAX_VALUE / 4);
                }
                if (node.get("registration") != null) {
                    registration = Amounts.integer(node.get("registration"), 0, first - 1);
                }
                if (node.get("last_step") != null) {
                    Node step = node.get("last_step");
                    lastStep = switch (step.text()) {
                        case "previous" -> true;
                        case "never" -> false;
                        default -> throw step.error("'" + step.text() + "' is not previous or never");
                    };
                }
            }
            // By default neurons registered an epoch before the first: weights set in the block of a
            // target's registration are outdated on chain, and would be masked in epoch 0.
            return new Scenario.Blocks(first, perEpoch, registration < 0 ? Math.max(0, first - perEpoch) : registration,
                    lastStep);
        }

        private int[] split(Node mechanisms, int count) {
            Node split = mechanisms == null ? null : mechanisms.get("emission_split");
            if (split == null) {
                return null;
            }
            List<Node> items = split.items();
            if (items.size() != count) {
                throw split.error("has " + items.size() + " entries, expected one per mechanism (" + count + ")");
            }
            int[] values = new int[count];
            for (int m = 0; m < count; m++) {
                values[m] = Amounts.fraction(items.get(m), Amounts.U16_MAX).intValueExact();
            }
            return values;
        }

        private List<Scenario.WeightRule> weights(int mechanismCount) {
            List<Scenario.WeightRule> rules = new ArrayList<>();
            Node list = root.get("weights");
            if (list == null) {
                return rules;
            }
            for (Node item : list.items()) {
                item.only(Set.of("epochs", "validators", "mechanism", "set", "copy"));
                int[] range = range(item.required("epochs"));
                List<String> validators = null;
                Node who = item.get("validators");
                if (who != null && !(who.isScalar() && "all".equals(who.text()))) {
                    validators = who.items().stream().map(v -> name(v, Role.VALIDATOR)).toList();
                }
                Node mechanism = item.get("mechanism");
                int m = mechanism == null ? -1 : (int) Amounts.integer(mechanism, 0, mechanismCount - 1);
                rules.add(new Scenario.WeightRule(range[0], range[1], validators, m, row(item), item));
            }
            return rules;
        }

        private Scenario.Row row(Node rule) {
            Node set = rule.get("set");
            Node copy = rule.get("copy");
            if ((set == null) == (copy == null)) {
                throw rule.error("give either 'set' (targets and weights) or 'copy' (a validator's last weights)");
            }
            if (copy != null) {
                return new Scenario.Row(List.of(), new int[0], name(copy, Role.VALIDATOR));
            }
            List<String> targets = new ArrayList<>();
            List<BigDecimal> values = new ArrayList<>();
            for (Map.Entry<String, Node> entry : set.entries().entrySet()) {
                Node value = entry.getValue();
                String target = entry.getKey();
                if (!roles.containsKey(target)) {
                    throw value.error("no neuron is named '" + target + "'; the names are " + roles.keySet());
                }
                BigDecimal weight = Amounts.decimal(value);
                if (weight.signum() < 0) {
                    throw value.error("weight " + value.text() + " is negative");
                }
                targets.add(target);
                values.add(weight);
            }
            return new Scenario.Row(targets, Amounts.weightRow(values.toArray(BigDecimal[]::new)), null);
        }

        /** {@code E}, {@code A-B} or {@code A-} (to the last epoch), inclusive. */
        private int[] range(Node node) {
            String text = node.text().strip();
            int dash = text.indexOf('-');
            if (dash < 0) {
                int epoch = epoch(text, node);
                return new int[] {epoch, epoch};
            }
            int from = epoch(text.substring(0, dash), node);
            String end = text.substring(dash + 1).strip();
            int to = end.isEmpty() ? epochs - 1 : epoch(end, node);
            if (to < from) {
                throw node.error("the range " + text + " ends before it starts");
            }
            return new int[] {from, to};
        }

        private List<Scenario.Event> events() {
            List<Scenario.Event> events = new ArrayList<>();
            Node list = root.get("events");
            if (list == null) {
                return events;
            }
            for (Node item : list.items()) {
                item.only(Set.of("epoch", "set", "reset_bonds", "register", "replaces", "deregister", "stake"));
                int epoch = epoch(item.required("epoch").text(), item.required("epoch"));
                List<String> kinds = item.entries().keySet().stream()
                        .filter(k -> !k.equals("epoch") && !k.equals("replaces")).toList();
                if (kinds.size() != 1) {
                    throw item.error("an event does one thing: one of set, reset_bonds, register, deregister or stake"
                            + " (found " + kinds + ")");
                }
                Node value = item.get(kinds.getFirst());
                events.add(switch (kinds.getFirst()) {
                    case "set" -> new Scenario.Event(epoch, Scenario.EventKind.SET, null, null, settings(value),
                            Map.of(), item);
                    case "reset_bonds" -> new Scenario.Event(epoch, Scenario.EventKind.RESET_BONDS,
                            name(value, null), null, Map.of(), Map.of(), item);
                    case "register" -> new Scenario.Event(epoch, Scenario.EventKind.REGISTER, name(value, null),
                            item.get("replaces") == null ? null : name(item.get("replaces"), null), Map.of(), Map.of(),
                            item);
                    case "deregister" -> new Scenario.Event(epoch, Scenario.EventKind.DEREGISTER, name(value, null),
                            null, Map.of(), Map.of(), item);
                    default -> new Scenario.Event(epoch, Scenario.EventKind.STAKE, null, null, Map.of(),
                            stakes(value), item);
                });
            }
            return events;
        }

        private Map<String, Long> stakes(Node map) {
            Map<String, Long> stakes = new LinkedHashMap<>();
            for (Map.Entry<String, Node> entry : map.entries().entrySet()) {
                if (!roles.containsKey(entry.getKey())) {
                    throw entry.getValue().error("no neuron is named '" + entry.getKey() + "'");
                }
                stakes.put(entry.getKey(), Amounts.rao(entry.getValue(), unit));
            }
            return stakes;
        }

        private List<Scenario.Variant> variants() {
            List<Scenario.Variant> variants = new ArrayList<>();
            Node list = root.get("variants");
            if (list == null) {
                DEFAULT_VARIANTS.forEach(name -> variants.add(new Scenario.Variant(name, Variants.named(name))));
            } else {
                for (Node item : list.items()) {
                    variants.add(variant(item));
                }
            }
            Node sweep = root.get("sweep");
            return sweep == null ? variants : Variants.sweep(variants, sweep, unit);
        }

        private Scenario.Variant variant(Node item) {
            if (item.isScalar()) {
                String name = item.text();
                if (name.equals("scenario")) {
                    return new Scenario.Variant(name, Map.of());
                }
                Map<Hyperparameter, Long> settings = Variants.named(name);
                if (settings == null) {
                    throw item.error("'" + name + "' is not a known variant (" + Variants.NAMES
                            + ", scenario) nor a mapping {name: ..., set: {...}}");
                }
                return new Scenario.Variant(name, settings);
            }
            item.only(Set.of("name", "set"));
            Node set = item.get("set");
            return new Scenario.Variant(item.required("name").text(), set == null ? Map.of() : settings(set));
        }
    }
}

package dev.withheld.codegen.generate;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.withheld.codegen.pointer.JsonPointers;
import java.io.IOException;
import java.io.Reader;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.snakeyaml.engine.v2.api.ConstructNode;
import org.snakeyaml.engine.v2.api.LoadSettings;
import org.snakeyaml.engine.v2.composer.Composer;
import org.snakeyaml.engine.v2.exceptions.Mark;
import org.snakeyaml.engine.v2.exceptions.MarkedYamlEngineException;
import org.snakeyaml.engine.v2.exceptions.YamlEngineException;
import org.snakeyaml.engine.v2.nodes.MappingNode;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.nodes.NodeTuple;
import org.snakeyaml.engine.v2.nodes.ScalarNode;
import org.snakeyaml.engine.v2.nodes.SequenceNode;
import org.snakeyaml.engine.v2.nodes.Tag;
import org.snakeyaml.engine.v2.parser.ParserImpl;
import org.snakeyaml.engine.v2.scanner.StreamReader;
import org.snakeyaml.engine.v2.schema.CoreSchema;
import org.snakeyaml.engine.v2.util.MergeUtils;

/**
 * Reads YAML the way people write schemas in it: anchors and aliases stand for the anchored node,
 * and merge keys ({@code <<: *base}, {@code <<: [*a, *b]}) copy members in as the YAML merge-key type
 * says (the mapping's own keys win, then earlier merged mappings over later ones).
 *
 * <p>SnakeYAML Engine composes the node graph (YAML 1.2 core schema: {@code yes} and {@code on} stay
 * strings); this class turns it into a Jackson tree. Aliases share nodes, so a small file can stand
 * for an enormous tree ("billion laughs"): the expanded size is computed on the graph before any
 * tree is built, and a document whose aliases add more than a bound of nodes is refused at once.
 */
final class YamlTrees {

    /** How many nodes aliases may add to a document once expanded. */
    static final int MAX_ALIAS_EXPANSION = 100_000;
    /** How deep a document may nest, as Jackson allows for JSON. */
    static final int MAX_DEPTH = 1_000;

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    private static final int MAX_CODE_POINTS = 64 * 1024 * 1024;
    private static final Map<Tag, ConstructNode> CORE_SCALARS = new CoreSchema().getSchemaTagConstructors();

    private final int maxAliasExpansion;

    YamlTrees(int maxAliasExpansion) {
        this.maxAliasExpansion = maxAliasExpansion;
    }

    /**
     * Parses a YAML file into a Jackson tree.
     *
     * @return empty for a file without a document
     * @throws SchemaProblem with line and column for a syntax error, a duplicate key, a recursive alias,
     *     a bad merge key or an expansion beyond the bound
     */
    Optional<JsonNode> read(Path file) {
        Optional<Node> root = compose(file);
        if (root.isEmpty()) {
            return Optional.empty();
        }
        Expansion expansion = new Expansion(file);
        long size = expansion.size(root.get(), 0);
        long added = size - expansion.written.size();
        if (added > maxAliasExpansion) {
            throw new SchemaProblem(file, null, 0, 0, "YAML aliases expand this document by more than " + maxAliasExpansion
                    + " nodes (" + size + " nodes in all, " + expansion.written.size() + " written): aliases that repeat"
                    + " other aliases multiply, as in a \"billion laughs\" document. Write shared parts once and"
                    + " refer to them with $ref instead");
        }
        return Optional.of(expansion.tree(root.get()));
    }

    /** Line and column (1-based) of the node at {@code pointer}, following aliases and merge keys; {0, 0} if absent. */
    int[] locate(Path file, String pointer) {
        Optional<Node> root;
        List<String> tokens;
        try {
            root = compose(file);
            tokens = JsonPointers.tokens(pointer);
        } catch (SchemaProblem | IllegalArgumentException e) {
            return new int[] {0, 0};
        }
        Node node = root.orElse(null);
        Expansion expansion = new Expansion(file);
        for (String token : tokens) {
            if (node instanceof MappingNode mapping) {
                Node next = null;
                try {
                    for (NodeTuple tuple : expansion.members(mapping)) {
                        if (tuple.getKeyNode() instanceof ScalarNode key && key.getValue().equals(token)) {
                            next = tuple.getValueNode();
                        }
                    }
                } catch (SchemaProblem | StackOverflowError e) {
                    return new int[] {0, 0};
                }
                node = next;
            } else if (node instanceof SequenceNode sequence && token.matches("0|[1-9][0-9]{0,8}")
                    && Integer.parseInt(token) < sequence.getValue().size()) {
                node = sequence.getValue().get(Integer.parseInt(token));
            } else {
                node = null;
            }
            if (node == null) {
                return new int[] {0, 0};
            }
        }
        return node == null ? new int[] {0, 0} : position(node);
    }

    private static LoadSettings settings(Path file) {
        return LoadSettings.builder()
                .setLabel(file.getFileName().toString())
                .setSchema(new CoreSchema())
                // The expansion bound below replaces SnakeYAML's count of aliases, which refuses ordinary files.
                .setMaxAliasesForCollections(Integer.MAX_VALUE)
                .setCodePointLimit(MAX_CODE_POINTS)
                .build();
    }

    private static Optional<Node> compose(Path file) {
        LoadSettings settings = settings(file);
        try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            return new Composer(settings, new ParserImpl(settings, new StreamReader(settings, in))).getSingleNode();
        } catch (StackOverflowError e) {
            throw new SchemaProblem(file, null, 0, 0, "the document nests deeper than " + MAX_DEPTH
                    + " levels; flatten it with $defs and $ref");
        } catch (MarkedYamlEngineException e) {
            Optional<Mark> at = e.getProblemMark().or(e::getContextMark);
            throw new SchemaProblem(file, null, at.map(m -> m.getLine() + 1).orElse(0), at.map(m -> m.getColumn() + 1).orElse(0),
                    "not well-formed YAML: " + (e.getContext() == null || e.getContext().isBlank() ? "" : e.getContext() + ", ")
                            + e.getProblem());
        } catch (YamlEngineException e) {
            throw new SchemaProblem(file, null, 0, 0, "not well-formed YAML: " + e.getMessage());
        } catch (IOException | java.io.UncheckedIOException e) {
            throw new SchemaProblem(file, null, 0, 0, "cannot read the file: " + e.getMessage());
        }
    }

    private static int[] position(Node node) {
        return node.getStartMark().map(m -> new int[] {m.getLine() + 1, m.getColumn() + 1}).orElse(new int[] {0, 0});
    }

    /** One document's graph: its merged members, its expanded sizes, and its tree. */
    private static final class Expansion extends MergeUtils {
        private final Path file;
        private final Map<Node, List<NodeTuple>> merged = new IdentityHashMap<>();
        private final Map<Node, Long> sizes = new IdentityHashMap<>();
        private final Set<Node> written = java.util.Collections.newSetFromMap(new IdentityHashMap<>());
        private final Set<Node> open = java.util.Collections.newSetFromMap(new IdentityHashMap<>());

        Expansion(Path file) {
            this.file = file;
        }

        @Override
        public MappingNode asMappingNode(Node node) {
            if (node instanceof MappingNode mapping) {
                return mapping;
            }
            throw problem(node, "a merge key (<<) takes a mapping or a list of mappings, such as <<: *base or <<: [*a, *b]");
        }

        /** The members of a mapping with its merge keys applied, and its own keys checked for duplicates. */
        List<NodeTuple> members(MappingNode mapping) {
            List<NodeTuple> done = merged.get(mapping);
            if (done == null) {
                Set<String> keys = new HashSet<>();
                for (NodeTuple tuple : mapping.getValue()) {
                    if (!tuple.getKeyNode().getTag().equals(Tag.MERGE) && tuple.getKeyNode() instanceof ScalarNode key
                            && !keys.add(key.getValue())) {
                        throw problem(key, "Duplicate field '" + key.getValue() + "'");
                    }
                }
                done = flatten(mapping);
                merged.put(mapping, done);
            }
            return done;
        }

        /** The number of nodes the node stands for once every alias is expanded (saturating). */
        long size(Node node, int depth) {
            Long known = sizes.get(node);
            if (known != null) {
                return known;
            }
            if (depth > MAX_DEPTH) {
                throw problem(node, "the document nests deeper than " + MAX_DEPTH + " levels; flatten it with $defs and $ref");
            }
            if (!open.add(node)) {
                throw problem(node, "this node" + node.getAnchor().map(a -> " (&" + a.getValue() + ")").orElse("")
                        + " contains an alias to itself; a JSON document cannot contain itself");
            }
            written.add(node);
            long size = 1;
            if (node instanceof MappingNode mapping) {
                for (NodeTuple tuple : mapping.getValue()) {
                    if (tuple.getKeyNode().getTag().equals(Tag.MERGE)) {
                        size(tuple.getValueNode(), depth + 1); // checks the merged mappings for cycles before they are flattened
                    }
                }
                for (NodeTuple tuple : members(mapping)) {
                    size = Math.addExact(size, Math.min(size(tuple.getValueNode(), depth + 1), Long.MAX_VALUE / 4));
                    size = Math.min(size, Long.MAX_VALUE / 4);
                }
            } else if (node instanceof SequenceNode sequence) {
                for (Node item : sequence.getValue()) {
                    size = Math.min(Math.addExact(size, size(item, depth + 1)), Long.MAX_VALUE / 4);
                }
            }
            open.remove(node);
            sizes.put(node, size);
            return size;
        }

        JsonNode tree(Node node) {
            if (node instanceof MappingNode mapping) {
                ObjectNode object = NODES.objectNode();
                for (NodeTuple tuple : members(mapping)) {
                    if (!(tuple.getKeyNode() instanceof ScalarNode key)) {
                        throw problem(tuple.getKeyNode(), "a key must be a plain value: JSON has only string keys");
                    }
                    object.set(key.getValue(), tree(tuple.getValueNode()));
                }
                return object;
            }
            if (node instanceof SequenceNode sequence) {
                ArrayNode array = NODES.arrayNode();
                sequence.getValue().forEach(item -> array.add(tree(item)));
                return array;
            }
            return scalar((ScalarNode) node);
        }

        /** A scalar by its resolved YAML 1.2 core tag: null, boolean, integer, float, else text. */
        private JsonNode scalar(ScalarNode scalar) {
            Tag tag = scalar.getTag();
            if (!(tag.equals(Tag.NULL) || tag.equals(Tag.BOOL) || tag.equals(Tag.INT) || tag.equals(Tag.FLOAT))) {
                return NODES.textNode(scalar.getValue());
            }
            ConstructNode construct = CORE_SCALARS.get(tag);
            Object value;
            try {
                value = construct.construct(scalar);
            } catch (RuntimeException e) {
                throw problem(scalar, "\"" + scalar.getValue() + "\" is not a valid " + tag.getValue().replace(Tag.PREFIX, ""));
            }
            if (value == null) {
                return NODES.nullNode();
            } else if (value instanceof Boolean b) {
                return NODES.booleanNode(b);
            } else if (value instanceof Integer i) {
                return NODES.numberNode(i);
            } else if (value instanceof Long l) {
                return NODES.numberNode(l);
            } else if (value instanceof BigInteger big) {
                return NODES.numberNode(big);
            } else if (value instanceof Number number) {
                return NODES.numberNode(number.doubleValue());
            }
            return NODES.textNode(scalar.getValue());
        }

        private SchemaProblem problem(Node node, String reason) {
            int[] at = position(node);
            return new SchemaProblem(file, null, at[0], at[1], reason);
        }
    }
}

package zhiti.agent;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * One typed way to call a tool: the quantities it consumes, each bound to a JSON argument, and the quantities it
 * produces, each read from its result data. A planner chains tools through these without reading their prose; the
 * JSON schema stays what a language model sees. A tool may have several (sizing a cluster: days → GPUs, or
 * GPUs → days).
 *
 * @param mode    a short name for this way of calling the tool, unique per tool
 * @param fixed   constant arguments this mode always sends (e.g. {@code "kind": "model"})
 * @param inputs  what the call consumes
 * @param outputs what it produces
 * @param assumes non-null when the outputs rest on an assumed rule rather than on facts (tokens from the Chinchilla
 *                ratio, say): a planner counts using this mode as an assumption and states it, {zh, en}
 */
public record Signature(String mode, ObjectNode fixed, List<Input> inputs, List<Output> outputs, String[] assumes) {

    public Signature {
        Objects.requireNonNull(mode, "mode");
        if (assumes != null && assumes.length != 2) {
            throw new IllegalArgumentException("an assumption is stated in zh and en");
        }
        fixed = fixed == null ? JsonNodeFactory.instance.objectNode() : fixed.deepCopy();
        inputs = List.copyOf(inputs);
        outputs = List.copyOf(outputs);
        if (outputs.isEmpty()) {
            throw new IllegalArgumentException("signature " + mode + " produces nothing");
        }
    }

    /**
     * A consumed quantity.
     *
     * @param arg      the JSON argument it is sent as
     * @param scale    canonical units per argument unit (an argument in TFLOP/s of a FLOP/s quantity: 1e12)
     * @param need     whether the call can go without it, and how
     * @param fallback for {@link Need#DEFAULT}: the value sent when nothing better is known (null: the tool applies
     *                 its own stated default and the argument is left out)
     * @param zh       for {@link Need#DEFAULT}: the assumption in Chinese, as the answer states it
     * @param en       the same in English
     * @param unitArg  where the stated unit of the value goes ("USD", "万台"), for tools that compute on values of
     *                 any unit and print it; null when the tool has no such argument
     */
    public record Input(Quantity quantity, String arg, double scale, Need need, Object fallback, String zh,
                        String en, String unitArg) {

        public Input {
            Objects.requireNonNull(quantity, "quantity");
            Objects.requireNonNull(arg, "arg");
            if (need == Need.DEFAULT && (zh == null || en == null)) {
                throw new IllegalArgumentException(arg + ": a default must say what it assumes, in zh and en");
            }
        }
    }

    /**
     * How a call treats a missing input. REQUIRED: a planner must find or derive it, or ask for it. DEFAULT: a
     * planner derives it if that is cheaper than assuming, else sends the fallback and states the assumption.
     * OVERRIDE: sent only when the question states it (a value that replaces a catalog one); never derived.
     */
    public enum Need { REQUIRED, DEFAULT, OVERRIDE }

    /**
     * A produced quantity.
     *
     * @param path  JSON pointer into the tool's result data, e.g. {@code /gpus} or {@code /report/compute_flop}
     * @param scale  canonical units per unit of that data value (energy_mwh of a kWh quantity: 1000)
     * @param always false when the value is there only if the catalog knows it for the entity asked about (a
     *               lookup of a model without a published token count); a planner checks before relying on it
     */
    public record Output(Quantity quantity, String path, double scale, boolean always) {

        public Output {
            Objects.requireNonNull(quantity, "quantity");
            if (path == null || !path.startsWith("/")) {
                throw new IllegalArgumentException("an output path is a JSON pointer starting with '/': " + path);
            }
        }
    }

    public static Builder of(String mode) {
        return new Builder(mode);
    }

    /** {@code Signature.of("deadline").needs(COMPUTE, "compute_flop").gives(GPUS, "/gpus").build()}. */
    public static final class Builder {
        private final String mode;
        private final ObjectNode fixed = JsonNodeFactory.instance.objectNode();
        private final List<Input> inputs = new ArrayList<>();
        private final List<Output> outputs = new ArrayList<>();
        private String[] assumes;

        private Builder(String mode) {
            this.mode = mode;
        }

        public Builder fixed(String arg, String value) {
            fixed.put(arg, value);
            return this;
        }

        public Builder fixed(String arg, double value) {
            fixed.put(arg, value);
            return this;
        }

        public Builder fixed(String arg, boolean value) {
            fixed.put(arg, value);
            return this;
        }

        public Builder needs(Quantity q, String arg) {
            return needs(q, arg, 1);
        }

        public Builder needs(Quantity q, String arg, double scale) {
            inputs.add(new Input(q, arg, scale, Need.REQUIRED, null, null, null, null));
            return this;
        }

        /** An input with a stated default; a null fallback leaves the default to the tool. */
        public Builder defaults(Quantity q, String arg, Object fallback, String zh, String en) {
            inputs.add(new Input(q, arg, 1, Need.DEFAULT, fallback, zh, en, null));
            return this;
        }

        public Builder overrides(Quantity q, String arg) {
            return overrides(q, arg, 1);
        }

        public Builder overrides(Quantity q, String arg, double scale) {
            inputs.add(new Input(q, arg, scale, Need.OVERRIDE, null, null, null, null));
            return this;
        }

        /** The unit of the last input's stated value is sent as {@code arg} (e.g. "unit", "from"). */
        public Builder withUnitArg(String arg) {
            Input last = inputs.remove(inputs.size() - 1);
            inputs.add(new Input(last.quantity(), last.arg(), last.scale(), last.need(), last.fallback(), last.zh(),
                    last.en(), arg));
            return this;
        }

        /** The outputs of this mode rest on an assumed rule; the planner counts it as an assumption. */
        public Builder assuming(String zh, String en) {
            assumes = new String[]{zh, en};
            return this;
        }

        public Builder gives(Quantity q, String path) {
            return gives(q, path, 1);
        }

        public Builder gives(Quantity q, String path, double scale) {
            outputs.add(new Output(q, path, scale, true));
            return this;
        }

        /** An output present only when the catalog has it for the entity in the call. */
        public Builder givesIfKnown(Quantity q, String path) {
            return givesIfKnown(q, path, 1);
        }

        public Builder givesIfKnown(Quantity q, String path, double scale) {
            outputs.add(new Output(q, path, scale, false));
            return this;
        }

        public Signature build() {
            return new Signature(mode, fixed, inputs, outputs, assumes);
        }
    }
}

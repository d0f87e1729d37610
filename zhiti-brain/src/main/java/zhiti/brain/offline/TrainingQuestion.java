package zhiti.brain.offline;

import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalLong;
import zhiti.econ.Precision;

/**
 * "How much compute / how many GPUs / how many days to train X": the slots read from the question. Empty slots are
 * filled later with stated defaults.
 *
 * @param model    catalog model name, if one was named
 * @param params   N from the question, overriding the catalog
 * @param tokens   D from the question, overriding the catalog
 * @param hardware catalog accelerators or server systems named, in order of mention
 * @param days     deadline
 * @param gpus     fleet size in accelerators (servers already multiplied out)
 */
public record TrainingQuestion(Optional<String> model, OptionalDouble params, OptionalDouble tokens,
                               List<String> hardware, OptionalDouble days, OptionalLong gpus,
                               OptionalDouble utilisation, Optional<Precision> precision) implements Intent {

    public TrainingQuestion {
        hardware = List.copyOf(hardware);
    }

    @Override
    public String name() {
        return hardware.isEmpty() ? "training_compute" : "training_cluster";
    }
}

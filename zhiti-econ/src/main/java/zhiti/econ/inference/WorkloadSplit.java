package zhiti.econ.inference;

import zhiti.core.Figure;
import zhiti.econ.InputChecks;

/**
 * Training/inference split of AI-server demand: if training is a share s of the total, inference = training ×
 * (1 − s) ÷ s. Used to turn a training estimate and a forecast share (e.g. IDC's) into inference demand, and back.
 */
public final class WorkloadSplit {

    private WorkloadSplit() {
    }

    public static Figure inferenceFromTraining(double training, double trainingShare, String unit, String source) {
        InputChecks.positive("training demand", training);
        InputChecks.fraction("training share", trainingShare);
        if (trainingShare == 1) {
            throw new IllegalArgumentException("a training share of 1 leaves no inference; give a share below 1, e.g. 0.415");
        }
        return new Figure("inference demand", training * (1 - trainingShare) / trainingShare, unit,
                "inference = training × (1 − s) ÷ s", Figure.inputs("training", training, "s (training share)", trainingShare),
                source);
    }

    public static Figure trainingFromInference(double inference, double trainingShare, String unit, String source) {
        InputChecks.positive("inference demand", inference);
        InputChecks.fraction("training share", trainingShare);
        if (trainingShare == 1) {
            throw new IllegalArgumentException("a training share of 1 leaves no inference to start from");
        }
        return new Figure("training demand implied", inference * trainingShare / (1 - trainingShare), unit,
                "training = inference × s ÷ (1 − s)", Figure.inputs("inference", inference, "s (training share)", trainingShare),
                source);
    }
}

package zhiti.econ.inference;

import java.util.ArrayList;
import java.util.List;
import zhiti.core.Figure;
import zhiti.econ.InputChecks;

/**
 * Training compute of a video model from its data set: frames → patches → tokens → 6·N·tokens → days on a fleet.
 * Two methods:
 * <ul>
 *   <li>{@link #reportMethod}: as seed 002 estimates Sora — image "patches" = images × H × W × C (pixel values),
 *       video "patches" = videos × fps × seconds × C (no H × W), tokens = patches ÷ P²;</li>
 *   <li>{@link #patchTokens}: a P×P patch spans all channels, so tokens per frame = ⌈H/P⌉ · ⌈W/P⌉, and every
 *       video frame is a frame.</li>
 * </ul>
 */
public final class VideoTokenEstimate {

    public static final double SECONDS_PER_DAY = 86_400;

    private VideoTokenEstimate() {
    }

    /** The data set and the model as the estimate assumes them. */
    public record Dataset(double images, int height, int width, int channels, double videos, double secondsPerVideo,
                          double fps, int patch) {

        public Dataset {
            InputChecks.nonNegative("images", images);
            InputChecks.positiveInt("frame height (px)", height);
            InputChecks.positiveInt("frame width (px)", width);
            InputChecks.positiveInt("channels", channels);
            InputChecks.nonNegative("videos", videos);
            InputChecks.nonNegative("seconds per video", secondsPerVideo);
            InputChecks.nonNegative("frames per second", fps);
            InputChecks.positiveInt("patch size (px)", patch);
            if (images + videos <= 0) {
                throw new IllegalArgumentException("the data set needs some images or videos");
            }
        }
    }

    /** Seed 002's chain, reproduced step by step (see the class comment for what it leaves out). */
    public static List<Figure> reportMethod(Dataset d, double params, double peakFlops, double gpus, String source) {
        List<Figure> out = new ArrayList<>();
        double video = d.videos() * d.fps() * d.secondsPerVideo() * d.channels();
        out.add(new Figure("video patches (report method)", video, "patch",
                "videos × fps × seconds × C (frame size omitted, as in the source)",
                Figure.inputs("videos", d.videos(), "fps", d.fps(), "seconds", d.secondsPerVideo(), "C", d.channels()),
                source));
        double image = d.images() * d.height() * d.width() * d.channels();
        out.add(new Figure("image patches (report method)", image, "patch", "images × H × W × C",
                Figure.inputs("images", d.images(), "H", d.height(), "W", d.width(), "C", d.channels()), source));
        double tokens = (image + video) / ((double) d.patch() * d.patch());
        out.add(new Figure("training tokens (report method)", tokens, "token", "tokens = (image + video patches) ÷ P²",
                Figure.inputs("patches", image + video, "P", d.patch()), source));
        out.addAll(computeAndDays(tokens, params, peakFlops, gpus, source));
        return out;
    }

    /** Tokens as a ViT-style patcher makes them: ⌈H/P⌉·⌈W/P⌉ per frame, over all images and video frames. */
    public static List<Figure> patchTokens(Dataset d, double params, double peakFlops, double gpus, String source) {
        long perFrame = (long) Math.ceil((double) d.height() / d.patch()) * (long) Math.ceil((double) d.width() / d.patch());
        double frames = d.images() + d.videos() * d.fps() * d.secondsPerVideo();
        double tokens = frames * perFrame;
        List<Figure> out = new ArrayList<>();
        out.add(new Figure("training tokens (P×P patches over all channels)", tokens, "token",
                "tokens = (images + videos × fps × seconds) × ⌈H/P⌉ × ⌈W/P⌉",
                Figure.inputs("images", d.images(), "video frames", d.videos() * d.fps() * d.secondsPerVideo(),
                        "tokens per frame", perFrame, "P", d.patch()), source));
        out.addAll(computeAndDays(tokens, params, peakFlops, gpus, source));
        return out;
    }

    private static List<Figure> computeAndDays(double tokens, double params, double peakFlops, double gpus,
                                               String source) {
        InputChecks.positive("model parameters", params);
        InputChecks.positive("accelerator FLOP/s", peakFlops);
        InputChecks.positive("accelerators", gpus);
        double c = 6 * params * tokens;
        Figure compute = new Figure("training compute", c, "FLOP", "C = 6 · N · tokens (one epoch)",
                Figure.inputs("N", params, "tokens", tokens), source);
        double days = c / (peakFlops * gpus) / SECONDS_PER_DAY;
        Figure time = new Figure("training days at full peak", days, "day", "days = C ÷ (FLOP/s × accelerators) ÷ 86,400",
                Figure.inputs("C (FLOP)", c, "FLOP/s per accelerator", peakFlops, "accelerators", gpus,
                        "utilisation", "1 (none applied)"), source);
        return List.of(compute, time);
    }
}

package zhiti.brain.offline;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Which turns speak of the user: introductions to note, questions about what they said they work on. */
class ProfileWordsTest {

    @Test
    void introductionsAreNotesEvenOutsideAChat() {
        assertThat(ProfileMethod.isContextNote("Hi, Tom Keller here. I'm a reporter at a business weekly, fact-checking a feature "
                + "on AI data centres.")).isTrue();
        assertThat(ProfileMethod.isContextNote("我叫林舟，在做省级算力调度平台的规划。")).isTrue();
        assertThat(ProfileMethod.isContextNote("Quick intro before my questions: I'm Tomás Ruiz, I cover data-centre REITs.")).isTrue();
        assertThat(ProfileMethod.isContextNote("We are here to size a cluster of 1,000 GPUs at 700 W each.")).isFalse();
        // a question is not a note, however it starts
        assertThat(ProfileMethod.isContextNote("I'm a bit lost: how many H100s match one B200?")).isFalse();
    }

    @Test
    void questionsAboutWhatTheUserCovers() {
        assertThat(ProfileMethod.isAboutUser("我主要跟的是哪些型号？")).isTrue();
        assertThat(ProfileMethod.isAboutUser("Which chips do I cover again?")).isTrue();
        assertThat(ProfileMethod.isAboutUser("提醒我一下，我主要跟踪什么方向？")).isTrue();
        assertThat(ProfileMethod.isAboutUser("Which chips fall under 3A090?")).isFalse();
    }

    @Test
    void forgettingASpecSheetIsNotAMemoryRequest() {
        assertThat(ForgetMethod.isForget("Forget the spec sheet: our H100 delivers 600 TFLOPS. How many days for 7B on 2T tokens?"))
                .isFalse();
        assertThat(ForgetMethod.isForget("Forget what I told you about our electricity price.")).isTrue();
    }
}

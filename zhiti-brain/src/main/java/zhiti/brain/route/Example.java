package zhiti.brain.route;

import zhiti.core.Lang;

/** One labelled utterance: what a user might say, and the intent it expresses. */
public record Example(String intent, Lang lang, String text) {
}

/**
 * Verbs of speaking: what a speaker does when the words themselves are the claim ('said',
 * 'told', 'added', 'wrote', 'tweeted', 'asked'). One list for the frames that treat a speech
 * verb's loose phrases as circumstance ('said on Tuesday') and for the later-speaker cut, which
 * widens it with verbs of finding and thinking.
 */
export const SPEECH_VERBS: ReadonlySet<string> = new Set(['say', 'tell', 'add', 'write', 'tweet', 'ask']);

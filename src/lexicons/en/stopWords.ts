/**
 * Words too common to tell one news story from another, for the story clustering's TF-IDF
 * (src/story/). Written for dossier: English function words, plus newswire furniture and
 * reporting vocabulary ("said", "told", "reuters", "photo", weekdays, months) that every story
 * shares. All lower case, diacritics folded.
 */
export const STOP_WORDS: readonly string[] = [
  // function words
  "a", "about", "above", "after", "again", "against", "ago", "all", "almost", "along", "already", "also",
  "although", "always", "am", "among", "an", "and", "another", "any", "are", "around", "as", "at",
  "away", "back", "be", "became", "because", "become", "been", "before", "being", "below", "between",
  "both", "but", "by", "can", "cannot", "could", "did", "do", "does", "doing", "done", "down", "during",
  "each", "either", "else", "enough", "even", "ever", "every", "few", "for", "from", "further", "get",
  "gets", "got", "had", "has", "have", "having", "he", "her", "here", "hers", "herself", "him",
  "himself", "his", "how", "however", "i", "if", "in", "into", "is", "it", "its", "itself", "just",
  "least", "less", "like", "made", "make", "many", "may", "me", "might", "more", "most", "much", "must",
  "my", "myself", "neither", "never", "no", "nor", "not", "now", "of", "off", "often", "on", "once",
  "one", "only", "onto", "or", "other", "others", "our", "ours", "ourselves", "out", "over", "own",
  "per", "perhaps", "quite", "rather", "same", "several", "shall", "she", "should", "since", "so",
  "some", "still", "such", "than", "that", "the", "their", "theirs", "them", "themselves", "then",
  "there", "these", "they", "this", "those", "though", "through", "thus", "to", "too", "toward",
  "towards", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "under", "until",
  "up", "upon", "us", "very", "via", "was", "we", "well", "were", "what", "whatever", "when", "where",
  "whether", "which", "while", "who", "whom", "whose", "why", "will", "with", "within", "without",
  "would", "yet", "you", "your", "yours", "yourself", "first", "second", "third", "last", "next",
  "new", "old", "way", "things", "thing", "lot", "part", "set", "take", "took", "taken", "put", "come",
  "came", "go", "going", "went", "gone", "see", "seen", "use", "used", "want", "wanted", "know",
  "known", "think", "need", "needs", "say", "says", "said", "saying", "tell", "told", "telling",
  "according", "added", "adding", "noted", "stated", "stressed", "asked", "called", "including",
  "mr", "mrs", "ms", "dr", "per", "cent", "percent", "one", "year", "years", "day", "days", "week",
  "weeks", "month", "months", "time", "times", "today", "yesterday", "tomorrow", "tonight", "morning",
  "evening", "afternoon", "night", "earlier", "later", "recent", "recently", "late", "early",
  // weekdays and months
  "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "january",
  "february", "march", "april", "june", "july", "august", "september", "october", "november",
  "december", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
  // page and wire furniture
  "photo", "photos", "photograph", "file", "image", "images", "picture", "video", "read", "more",
  "click", "share", "updated", "update", "min", "minute", "minutes", "skip", "content", "link", "links",
  "breaking", "news", "accessibility", "getty", "afp", "reuters", "associated", "press", "ap", "dpa",
  "nan", "agency", "agencies", "report", "reported", "reports", "reporting", "statement", "date",
  "copyright", "reserved", "rights", "advertisement", "subscribe", "newsletter", "email", "twitter",
  "facebook", "follow", "published", "editor", "editing", "writing", "reporter", "correspondent",
];

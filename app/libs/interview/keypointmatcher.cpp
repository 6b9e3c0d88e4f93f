#include "interview/keypointmatcher.h"

#include <QHash>
#include <QSet>

#include <algorithm>

namespace DockPrep {

namespace {

// Groups of phrases that mean the same thing in an interview answer. Written as a candidate would
// type them; normalised on first use.
const QList<QStringList> &synonymGroups()
{
    static const QList<QStringList> groups{
        {QStringLiteral("kubernetes"), QStringLiteral("k8s")},
        {QStringLiteral("copy on write"), QStringLiteral("cow")},
        {QStringLiteral("copy up"), QStringLiteral("copied up")},
        {QStringLiteral("out of memory"), QStringLiteral("oom")},
        {QStringLiteral("environment variable"), QStringLiteral("env var")},
        {QStringLiteral("read only"), QStringLiteral("readonly")},
        {QStringLiteral("multi stage"), QStringLiteral("multistage")},
        {QStringLiteral("database"), QStringLiteral("db")},
        {QStringLiteral("configuration"), QStringLiteral("config")},
        {QStringLiteral("container runtime interface"), QStringLiteral("cri")},
        {QStringLiteral("open container initiative"), QStringLiteral("oci")},
        {QStringLiteral("software bill of materials"), QStringLiteral("sbom")},
        {QStringLiteral("continuous integration"), QStringLiteral("ci")},
        {QStringLiteral("least privilege"), QStringLiteral("minimal privilege")},
        {QStringLiteral("rootless"), QStringLiteral("non root"), QStringLiteral("unprivileged user")},
        {QStringLiteral("docker compose"), QStringLiteral("compose")},
        {QStringLiteral("health check"), QStringLiteral("healthcheck")},
        {QStringLiteral("namespace"), QStringLiteral("ns")},
    };
    return groups;
}

// Words that occur in nearly every answer about containers, so they show nothing about a
// particular key point: a term made of one of them never ticks a point alone. Found by reading
// every key point's terms (the term audit of issue 16): "OOM" ticked "A host-wide OOM shows
// CONSTRAINT_NONE" and "leak" ticked "Fix by right-sizing… or leak profiling".
const QStringList &genericWordList()
{
    static const QStringList list{
        QStringLiteral("oom"), QStringLiteral("leak"), QStringLiteral("security"), QStringLiteral("secure"),
        QStringLiteral("performance"), QStringLiteral("memory"), QStringLiteral("cpu"), QStringLiteral("network"),
        QStringLiteral("networking"), QStringLiteral("disk"), QStringLiteral("storage"), QStringLiteral("container"),
        QStringLiteral("image"), QStringLiteral("docker"), QStringLiteral("kubernetes"), QStringLiteral("k8s"),
        QStringLiteral("host"), QStringLiteral("kernel"), QStringLiteral("process"), QStringLiteral("service"),
        QStringLiteral("app"), QStringLiteral("application"), QStringLiteral("data"), QStringLiteral("file"),
        QStringLiteral("config"), QStringLiteral("configuration"), QStringLiteral("log"), QStringLiteral("logging"),
        QStringLiteral("production"), QStringLiteral("prod"), QStringLiteral("cloud"), QStringLiteral("devops"),
        QStringLiteral("microservice"), QStringLiteral("simple"), QStringLiteral("fast"), QStringLiteral("slow"),
        QStringLiteral("small"), QStringLiteral("large"), QStringLiteral("scale"), QStringLiteral("test"),
        QStringLiteral("tested"), QStringLiteral("measure"), QStringLiteral("metrics"), QStringLiteral("monitoring"),
        QStringLiteral("issue"), QStringLiteral("problem"), QStringLiteral("error"), QStringLiteral("fix"),
        QStringLiteral("system"), QStringLiteral("server"), QStringLiteral("tool"), QStringLiteral("build"),
        QStringLiteral("deploy"), QStringLiteral("deployment"), QStringLiteral("run"), QStringLiteral("root"),
        QStringLiteral("user"), QStringLiteral("port"), QStringLiteral("layer"), QStringLiteral("volume"),
        QStringLiteral("cache"), QStringLiteral("default"), QStringLiteral("limit"), QStringLiteral("resource"),
        QStringLiteral("backup"), QStringLiteral("restore"), QStringLiteral("secret"), QStringLiteral("key"),
        QStringLiteral("time"), QStringLiteral("size"), QStringLiteral("version"), QStringLiteral("update"),
        QStringLiteral("safe"), QStringLiteral("risk"), QStringLiteral("access"), QStringLiteral("shared"),
        QStringLiteral("isolation"), QStringLiteral("best"), QStringLiteral("practice"),
    };
    return list;
}

// Phrases of more than one word that are just as general ("out of memory" is the synonym of "oom").
const QStringList &genericPhraseList()
{
    static const QStringList list{
        QStringLiteral("out of memory"), QStringLiteral("host memory"), QStringLiteral("memory leak"),
        QStringLiteral("memory usage"), QStringLiteral("best practice"), QStringLiteral("docker image"),
        QStringLiteral("docker container"), QStringLiteral("container image"),
    };
    return list;
}

// Words of grammar rather than content. A sentence with almost none of them is a bare list of
// terms ("RPO, RTO, GitOps, WAL"), not an answer; they are also ignored when judging a term generic.
const QSet<QString> &functionWords()
{
    static const QSet<QString> set{
        QStringLiteral("a"), QStringLiteral("an"), QStringLiteral("the"), QStringLiteral("i"), QStringLiteral("we"),
        QStringLiteral("you"), QStringLiteral("they"), QStringLiteral("it"), QStringLiteral("he"), QStringLiteral("she"),
        QStringLiteral("this"), QStringLiteral("that"), QStringLiteral("these"), QStringLiteral("those"),
        QStringLiteral("there"), QStringLiteral("is"), QStringLiteral("are"), QStringLiteral("was"), QStringLiteral("were"),
        QStringLiteral("be"), QStringLiteral("been"), QStringLiteral("am"), QStringLiteral("do"), QStringLiteral("does"),
        QStringLiteral("did"), QStringLiteral("have"), QStringLiteral("has"), QStringLiteral("had"), QStringLiteral("will"),
        QStringLiteral("would"), QStringLiteral("should"), QStringLiteral("could"), QStringLiteral("can"),
        QStringLiteral("may"), QStringLiteral("might"), QStringLiteral("must"), QStringLiteral("to"), QStringLiteral("of"),
        QStringLiteral("in"), QStringLiteral("on"), QStringLiteral("at"), QStringLiteral("for"), QStringLiteral("with"),
        QStringLiteral("by"), QStringLiteral("from"), QStringLiteral("into"), QStringLiteral("about"), QStringLiteral("as"),
        QStringLiteral("if"), QStringLiteral("when"), QStringLiteral("then"), QStringLiteral("than"), QStringLiteral("so"),
        QStringLiteral("because"), QStringLiteral("which"), QStringLiteral("who"), QStringLiteral("what"),
        QStringLiteral("how"), QStringLiteral("why"), QStringLiteral("where"), QStringLiteral("my"), QStringLiteral("our"),
        QStringLiteral("your"), QStringLiteral("its"), QStringLiteral("their"), QStringLiteral("them"),
        QStringLiteral("each"), QStringLiteral("every"), QStringLiteral("all"), QStringLiteral("any"),
        QStringLiteral("some"), QStringLiteral("also"), QStringLiteral("not"), QStringLiteral("no"), QStringLiteral("only"),
        QStringLiteral("just"), QStringLiteral("use"), QStringLiteral("using"), QStringLiteral("make"),
        QStringLiteral("need"), QStringLiteral("needs"), QStringLiteral("get"), QStringLiteral("gets"),
        QStringLiteral("keep"), QStringLiteral("d"), QStringLiteral("ll"), QStringLiteral("ve"), QStringLiteral("re"),
        QStringLiteral("s"), QStringLiteral("t"), QStringLiteral("m"), QStringLiteral("via"), QStringLiteral("per"),
        QStringLiteral("after"), QStringLiteral("before"), QStringLiteral("until"), QStringLiteral("without"),
        QStringLiteral("but"), QStringLiteral("very"), QStringLiteral("more"), QStringLiteral("one"),
        QStringLiteral("out"), QStringLiteral("up"), QStringLiteral("never"), QStringLiteral("me"), QStringLiteral("us"),
    };
    return set;
}

// Words that negate what follows them up to the end of the clause.
const QSet<QString> &negatorWords()
{
    static const QSet<QString> set{
        QStringLiteral("not"), QStringLiteral("never"), QStringLiteral("no"), QStringLiteral("without"),
        QStringLiteral("cannot"), QStringLiteral("nor"), QStringLiteral("neither"), QStringLiteral("avoid"),
        QStringLiteral("avoids"), QStringLiteral("avoided"), QStringLiteral("avoiding"), QStringLiteral("skip"),
        QStringLiteral("skips"), QStringLiteral("skipped"), QStringLiteral("skipping"), QStringLiteral("dont"),
        QStringLiteral("doesnt"), QStringLiteral("didnt"), QStringLiteral("isnt"), QStringLiteral("arent"),
        QStringLiteral("wasnt"), QStringLiteral("werent"), QStringLiteral("wont"), QStringLiteral("wouldnt"),
        QStringLiteral("shouldnt"), QStringLiteral("cant"), QStringLiteral("couldnt"), QStringLiteral("hasnt"),
        QStringLiteral("havent"), QStringLiteral("lack"), QStringLiteral("lacks"), QStringLiteral("lacking"),
        QStringLiteral("nothing"),
    };
    return set;
}

// Words that close a negation's scope: the clause after them stands on its own.
const QSet<QString> &scopeEnders()
{
    static const QSet<QString> set{
        QStringLiteral("but"), QStringLiteral("however"), QStringLiteral("although"), QStringLiteral("though"),
        QStringLiteral("whereas"), QStringLiteral("except"), QStringLiteral("because"), QStringLiteral("since"),
        QStringLiteral("while"), QStringLiteral("unless"), QStringLiteral("then"), QStringLiteral("so"),
        QStringLiteral("instead"),
    };
    return set;
}

// Subjects that start a new clause after "and" / "or" or a comma.
const QSet<QString> &pronouns()
{
    static const QSet<QString> set{
        QStringLiteral("i"), QStringLiteral("we"), QStringLiteral("you"), QStringLiteral("they"), QStringLiteral("it"),
        QStringLiteral("he"), QStringLiteral("she"), QStringLiteral("this"), QStringLiteral("there"),
    };
    return set;
}

// A clause with one of these is dismissed as a whole ("RPO targets are overkill").
const QSet<QString> &dismissiveWords()
{
    static const QSet<QString> set{
        QStringLiteral("unnecessary"), QStringLiteral("overkill"), QStringLiteral("pointless"),
        QStringLiteral("irrelevant"), QStringLiteral("useless"), QStringLiteral("overrated"),
        QStringLiteral("needless"),
    };
    return set;
}

// …and so is one that says "not needed", "not worth it" after the thing it dismisses.
const QSet<QString> &dismissedAfterNot()
{
    static const QSet<QString> set{
        QStringLiteral("needed"), QStringLiteral("necessary"), QStringLiteral("important"), QStringLiteral("worth"),
        QStringLiteral("useful"), QStringLiteral("relevant"),
    };
    return set;
}

struct Token {
    QString folded;  // case folded, diacritics dropped, not stemmed
    QString stem;
    qsizetype start = 0;  // in the analysed text
    qsizetype end = 0;
    int sentence = 0;
    int clause = 0;
    bool negator = false;
    bool negated = false;  // inside a negator's scope (the negator itself is not)
};

QList<Token> tokenize(const QString &text)
{
    QList<Token> tokens;
    QString current;
    qsizetype start = 0;
    qsizetype end = 0;
    const auto flush = [&] {
        if (!current.isEmpty()) {
            tokens.append(Token{current, KeyPointMatcher::stem(current), start, end});
            current.clear();
        }
    };
    for (qsizetype i = 0; i < text.size();) {
        const qsizetype width = text.at(i).isHighSurrogate() && i + 1 < text.size() && text.at(i + 1).isLowSurrogate() ? 2 : 1;
        const QString decomposed = text.mid(i, width).normalized(QString::NormalizationForm_KD);
        for (const QChar c : decomposed) {
            const QChar::Category category = c.category();
            if (category == QChar::Mark_NonSpacing || category == QChar::Mark_SpacingCombining || category == QChar::Mark_Enclosing)
                continue;  // the diacritic of a decomposed letter
            if (c.isLetterOrNumber()) {
                if (current.isEmpty())
                    start = i;
                current += c.toCaseFolded();
                end = i + width;
            } else {
                flush();
            }
        }
        i += width;
    }
    flush();
    return tokens;
}

enum class Break { None, Comma, Clause, Sentence };

// What separates two tokens: `gap` is the text between them.
Break breakOf(QStringView gap)
{
    Break result = Break::None;
    for (qsizetype j = 0; j < gap.size(); ++j) {
        const QChar c = gap.at(j);
        // The gap ends where a word starts: "docker.sock" and "0.0.0.0" have no break in them.
        const bool spaceAfter = j + 1 < gap.size() && gap.at(j + 1).isSpace();
        if (c == u'\n' || c == u'!' || c == u'?' || c == u';' || c == u'…' || ((c == u'.' || c == u':') && spaceAfter))
            return Break::Sentence;
        if (c == u'(' || c == u')' || c == u'—' || c == u'–' || (c == u'-' && j > 0 && gap.at(j - 1).isSpace() && spaceAfter))
            result = Break::Clause;
        else if (c == u',' && result == Break::None)
            result = Break::Comma;
    }
    return result;
}

bool isGlue(QChar c)
{
    return c == u'-' || c == u'_' || c == u'/' || c == u'=';
}

// Marks sentences, clauses, negators and the words they negate.
void analyse(const QString &text, QList<Token> &tokens)
{
    const qsizetype n = tokens.size();
    QList<Break> breakBefore(n, Break::None);
    for (qsizetype k = 1; k < n; ++k)
        breakBefore[k] = breakOf(QStringView(text).sliced(tokens.at(k - 1).end, tokens.at(k).start - tokens.at(k - 1).end));
    const auto folded = [&](qsizetype k) { return k >= 0 && k < n ? tokens.at(k).folded : QString(); };
    // "no-new-privileges", "--no-cache-dir", "not/never": part of a flag or a name, not a negation.
    const auto glued = [&](qsizetype k) {
        const Token &t = tokens.at(k);
        return (t.start > 0 && isGlue(text.at(t.start - 1))) || (t.end < text.size() && isGlue(text.at(t.end)));
    };
    const auto isNegator = [&](qsizetype k) {
        const QString &word = tokens.at(k).folded;
        if (glued(k))
            return false;
        // "don't", "won't", "isn't": the tokens "don" and "t" around an apostrophe.
        if (word == QLatin1String("t") && k > 0 && tokens.at(k - 1).folded.endsWith(u'n') && tokens.at(k).start - tokens.at(k - 1).end == 1)
            return true;
        if (word == QLatin1String("of") && folded(k - 1) == QLatin1String("instead"))
            return true;
        if (word == QLatin1String("than") && folded(k - 1) == QLatin1String("rather"))
            return true;
        if (!negatorWords().contains(word))
            return false;
        const QString next = folded(k + 1);
        if (word == QLatin1String("not") && (next == QLatin1String("only") || next == QLatin1String("just") || next == QLatin1String("merely")))
            return false;  // "not only X but Y" affirms X
        if (word == QLatin1String("no") && next == QLatin1String("matter"))
            return false;
        return true;
    };
    const auto isScopeEnder = [&](qsizetype k) {
        const QString &word = tokens.at(k).folded;
        if (word == QLatin1String("instead") && folded(k + 1) == QLatin1String("of"))
            return false;
        if (scopeEnders().contains(word))
            return true;
        // "… and I would add", "or we restore": a new subject, a new clause.
        return (word == QLatin1String("and") || word == QLatin1String("or")) && pronouns().contains(folded(k + 1));
    };
    // After a comma, does the text go on listing what the negator governs ("no RPO, RTO or
    // drills") or start a clause of its own ("don't run as root, use a dedicated user")?
    const auto continuesList = [&](qsizetype k) {
        if (pronouns().contains(folded(k)))
            return false;
        int chunks = 0;
        bool conjunction = false;
        qsizetype j = k;
        for (; j < n; ++j) {
            if (j > k && (breakBefore.at(j) != Break::None || isScopeEnder(j)))
                break;
            const QString &word = tokens.at(j).folded;
            conjunction = conjunction || word == QLatin1String("or") || word == QLatin1String("nor") || word == QLatin1String("and");
            // "pg_dump" and "--cap-drop" are one item, though two tokens.
            const bool gluedToPrevious = j > k && tokens.at(j).start - tokens.at(j - 1).end == 1
                && isGlue(text.at(tokens.at(j).start - 1));
            if (!gluedToPrevious)
                ++chunks;
        }
        const bool anotherComma = j < n && breakBefore.at(j) == Break::Comma;
        return chunks <= 4 && (conjunction || anotherComma);
    };

    // "no" and "without" negate a noun phrase, not the clause: "Without a limit the container
    // keeps growing into host memory" does not deny the growth.
    static const QSet<QString> nounNegators{QStringLiteral("no"), QStringLiteral("without"), QStringLiteral("nothing"),
                                            QStringLiteral("lack"), QStringLiteral("lacks"), QStringLiteral("lacking")};
    constexpr int nounPhraseWords = 6;
    int sentence = 0;
    int clause = 0;
    bool negating = false;
    int wordsLeft = -1;  // words the current negation still reaches; -1: to the clause end
    for (qsizetype k = 0; k < n; ++k) {
        Token &t = tokens[k];
        switch (breakBefore.at(k)) {
        case Break::Sentence:
            ++sentence;
            ++clause;
            negating = false;
            break;
        case Break::Clause:
            ++clause;
            negating = false;
            break;
        case Break::Comma:
            ++clause;
            if (negating && !continuesList(k))
                negating = false;
            break;
        case Break::None:
            break;
        }
        if (isScopeEnder(k)) {
            ++clause;
            negating = false;
        }
        if (negating && wordsLeft == 0)
            negating = false;
        t.sentence = sentence;
        t.clause = clause;
        t.negated = negating;
        if (negating && wordsLeft > 0)
            --wordsLeft;
        // A negator right before punctuation negates nothing: "No, I would…", "policies: no, on-failure".
        if (isNegator(k) && (k + 1 >= n || breakBefore.at(k + 1) == Break::None)) {
            t.negator = true;
            negating = true;
            wordsLeft = nounNegators.contains(t.folded) ? nounPhraseWords : -1;
        }
    }
    // Dismissed clauses: everything in them is negated, before the dismissive word too.
    QSet<int> dismissed;
    for (qsizetype k = 0; k < n; ++k) {
        const QString &word = tokens.at(k).folded;
        if (dismissiveWords().contains(word) || (dismissedAfterNot().contains(word) && k > 0 && tokens.at(k - 1).negator))
            dismissed.insert(tokens.at(k).clause);
    }
    for (Token &t : tokens) {
        if (dismissed.contains(t.clause) && !t.negator)
            t.negated = true;
    }
}

QString joined(const QStringList &words)
{
    return words.join(u' ');
}

// Normalised phrase → every phrase of its group, as word lists.
const QHash<QString, QList<QStringList>> &synonymIndex()
{
    static const QHash<QString, QList<QStringList>> index = [] {
        QHash<QString, QList<QStringList>> result;
        for (const QStringList &group : synonymGroups()) {
            QList<QStringList> phrases;
            for (const QString &phrase : group)
                phrases.append(KeyPointMatcher::words(phrase));
            for (const QStringList &phrase : phrases)
                result.insert(joined(phrase), phrases);
        }
        return result;
    }();
    return index;
}

const QSet<QString> &genericForms()
{
    static const QSet<QString> set = [] {
        QSet<QString> result;
        for (const QString &word : genericWordList())
            result.insert(KeyPointMatcher::stem(word));
        for (const QString &phrase : genericPhraseList())
            result.insert(joined(KeyPointMatcher::words(phrase)));
        return result;
    }();
    return set;
}

const QSet<QString> &stemmedFunctionWords()
{
    static const QSet<QString> set = [] {
        QSet<QString> result;
        for (const QString &word : functionWords())
            result.insert(KeyPointMatcher::stem(word));
        return result;
    }();
    return set;
}

struct Occurrence {
    qsizetype first = 0;  // token indexes
    qsizetype last = 0;
};

// A term written as a flag ("--memory", "-p") names the flag, not the word: it occurs only where
// the text has a dash right before it.
bool isFlag(const QString &term)
{
    return term.trimmed().startsWith(u'-');
}

bool dashBefore(const QString &text, const Token &token)
{
    return token.start > 0 && text.at(token.start - 1) == u'-';
}

QList<Occurrence> occurrences(const QList<Token> &tokens, const QStringList &phrase)
{
    QList<Occurrence> result;
    if (phrase.isEmpty())
        return result;
    for (qsizetype start = 0; start + phrase.size() <= tokens.size(); ++start) {
        bool all = true;
        for (qsizetype i = 0; i < phrase.size() && all; ++i)
            all = tokens.at(start + i).stem == phrase.at(i) && tokens.at(start + i).sentence == tokens.at(start).sentence;
        if (all)
            result.append({start, start + phrase.size() - 1});
    }
    return result;
}

// A sentence that is a bare list of terms: fewer than one word in eight is a function word
// (prose has one in three or more).
QSet<int> keywordListSentences(const QList<Token> &tokens)
{
    QHash<int, std::pair<int, int>> counts;  // sentence → (function words, all words)
    for (const Token &t : tokens) {
        auto &[function, all] = counts[t.sentence];
        ++all;
        if (functionWords().contains(t.folded))
            ++function;
    }
    QSet<int> result;
    for (auto it = counts.cbegin(); it != counts.cend(); ++it) {
        if (it->first * 8 < it->second)
            result.insert(it.key());
    }
    return result;
}

// The phrases of `point`'s terms that the statement itself puts under a negator ("Never delete
// /var/lib/docker…", "…never --privileged"): for them, "never rm -rf /var/lib/docker" in an
// answer is the point, not its opposite.
QSet<QString> negatedInStatement(const KeyPoint &point)
{
    QList<Token> tokens = tokenize(point.text);
    analyse(point.text, tokens);
    QSet<QString> result;
    for (const QString &term : point.matchTerms) {
        for (const QStringList &phrase : KeyPointMatcher::alternatives(term)) {
            for (const Occurrence &o : occurrences(tokens, phrase)) {
                if (isFlag(term) && !dashBefore(point.text, tokens.at(o.first)))
                    continue;
                if (tokens.at(o.first).negated)
                    result.insert(joined(phrase));
            }
        }
    }
    return result;
}

} // namespace

QList<MatchEvidence> KeyPointVerdict::counted() const
{
    QList<MatchEvidence> result;
    for (const MatchEvidence &e : evidence) {
        if (e.kind == MatchEvidence::Kind::Counted)
            result.append(e);
    }
    return result;
}

QString KeyPointMatcher::stem(const QString &input)
{
    QString word = input;
    // British and American spellings meet at -iz-: "utilisation" = "utilization".
    if (word.size() > 5) {
        for (const auto &[from, to] : {std::pair{QLatin1String("isation"), QLatin1String("ization")},
                                       std::pair{QLatin1String("ising"), QLatin1String("izing")},
                                       std::pair{QLatin1String("ised"), QLatin1String("ized")},
                                       std::pair{QLatin1String("ises"), QLatin1String("izes")},
                                       std::pair{QLatin1String("ise"), QLatin1String("ize")}}) {
            if (word.endsWith(from)) {
                word.chop(from.size());
                word += to;
                break;
            }
        }
    }
    if (word.size() <= 3)
        return word;
    // Light suffix stripping: enough to meet plural, past and -ing forms, applied the same way to
    // answers and terms, so consistency matters more than linguistic accuracy.
    if (word.endsWith(QLatin1String("ies")) && word.size() > 4) {
        word.chop(3);
        word += u'y';
    } else if (word.endsWith(QLatin1String("ing")) && word.size() - 3 >= 3) {
        word.chop(3);
    } else if (word.endsWith(QLatin1String("ed")) && word.size() - 2 >= 3) {
        word.chop(2);
    } else if (word.endsWith(u's') && !word.endsWith(QLatin1String("ss")) && word.size() - 1 >= 3) {
        word.chop(1);
    }
    if (word.size() > 3 && word.endsWith(u'e'))
        word.chop(1);
    // "running" → "runn" → "run", "install" → "instal" (and "installed" the same way).
    if (word.size() > 3 && word.at(word.size() - 1) == word.at(word.size() - 2) && word.back().isLetter())
        word.chop(1);
    return word;
}

QStringList KeyPointMatcher::words(const QString &text)
{
    QStringList result;
    for (const Token &t : tokenize(text))
        result.append(t.stem);
    return result;
}

QList<QStringList> KeyPointMatcher::alternatives(const QString &term)
{
    const QStringList termWords = words(term);
    if (termWords.isEmpty())
        return {};
    QList<QStringList> result{termWords};
    const auto found = synonymIndex().constFind(joined(termWords));
    if (found != synonymIndex().constEnd()) {
        for (const QStringList &phrase : *found) {
            if (phrase != termWords)
                result.append(phrase);
        }
    }
    return result;
}

bool KeyPointMatcher::isGenericTerm(const QString &term)
{
    const QStringList termWords = words(term);
    if (termWords.isEmpty() || isFlag(term))
        return false;  // "--memory" is as specific as a flag can be
    if (genericForms().contains(joined(termWords)))
        return true;
    // "the memory", "a leak": grammar around one generic word is still that word.
    QStringList content;
    for (const QString &word : termWords) {
        if (!stemmedFunctionWords().contains(word))
            content.append(word);
    }
    return content.size() == 1 && genericForms().contains(content.constFirst());
}

QList<KeyPointVerdict> KeyPointMatcher::assess(const QList<KeyPoint> &keyPoints, const QString &answer)
{
    QList<Token> tokens = tokenize(answer);
    analyse(answer, tokens);
    const QSet<int> listSentences = keywordListSentences(tokens);

    QList<KeyPointVerdict> verdicts(keyPoints.size());
    QList<bool> listOnly(keyPoints.size(), false);  // ticked only by bare keyword lists so far
    for (qsizetype p = 0; p < keyPoints.size(); ++p) {
        const KeyPoint &point = keyPoints.at(p);
        const QSet<QString> negativePhrases = negatedInStatement(point);
        KeyPointVerdict &verdict = verdicts[p];
        QSet<std::pair<qsizetype, qsizetype>> seen;
        bool specificInProse = false;
        bool specificInList = false;
        for (const QString &term : point.matchTerms) {
            const bool generic = isGenericTerm(term);
            for (const QStringList &phrase : alternatives(term)) {
                for (const Occurrence &o : occurrences(tokens, phrase)) {
                    const Token &first = tokens.at(o.first);
                    if (isFlag(term) && !dashBefore(answer, first))
                        continue;
                    const qsizetype start = first.start;
                    const qsizetype length = tokens.at(o.last).end - start;
                    if (seen.contains({start, length}))
                        continue;
                    seen.insert({start, length});
                    MatchEvidence evidence{term, start, length, MatchEvidence::Kind::Counted};
                    if (first.negated && !negativePhrases.contains(joined(phrase)))
                        evidence.kind = MatchEvidence::Kind::Negated;
                    else if (generic)
                        evidence.kind = MatchEvidence::Kind::Generic;
                    else if (listSentences.contains(first.sentence))
                        evidence.kind = MatchEvidence::Kind::KeywordList;
                    specificInProse = specificInProse || evidence.kind == MatchEvidence::Kind::Counted;
                    specificInList = specificInList || evidence.kind == MatchEvidence::Kind::KeywordList;
                    verdict.evidence.append(evidence);
                }
            }
        }
        std::sort(verdict.evidence.begin(), verdict.evidence.end(),
                  [](const MatchEvidence &a, const MatchEvidence &b) { return a.start < b.start; });
        verdict.covered = specificInProse;
        listOnly[p] = !specificInProse && specificInList;
    }
    // Bare lists of terms: a terse answer that names one point ("copy-on-write") ticks it; a list
    // naming the terms of several points is a sweep and ticks none of them.
    const auto listed = std::count_if(verdicts.cbegin(), verdicts.cend(), [](const KeyPointVerdict &v) {
        return std::any_of(v.evidence.cbegin(), v.evidence.cend(),
                           [](const MatchEvidence &e) { return e.kind == MatchEvidence::Kind::KeywordList; });
    });
    for (qsizetype p = 0; p < verdicts.size() && listed <= maxKeywordListPoints; ++p) {
        if (!listOnly.at(p))
            continue;
        verdicts[p].covered = true;
        for (MatchEvidence &e : verdicts[p].evidence) {
            if (e.kind == MatchEvidence::Kind::KeywordList)
                e.kind = MatchEvidence::Kind::Counted;
        }
    }
    return verdicts;
}

QList<bool> KeyPointMatcher::match(const QList<KeyPoint> &keyPoints, const QString &answer)
{
    QList<bool> result;
    for (const KeyPointVerdict &verdict : assess(keyPoints, answer))
        result.append(verdict.covered);
    return result;
}

} // namespace DockPrep

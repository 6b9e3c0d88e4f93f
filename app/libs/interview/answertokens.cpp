#include "interview/answertokens.h"

#include "interview/keypointmatcher.h"
#include "interview/keypointvocabulary.h"

#include <QSet>

namespace DockPrep::KeyPointMatching {

namespace {

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

} // namespace

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

} // namespace DockPrep::KeyPointMatching

#include "interview/keypointmatcher.h"

#include "interview/answertokens.h"
#include "interview/keypointvocabulary.h"

#include <QHash>
#include <QSet>

#include <algorithm>

namespace DockPrep {

using namespace KeyPointMatching;

namespace {

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

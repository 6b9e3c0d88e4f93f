#include "keypointmatcher.h"

#include <QHash>

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

bool containsSequence(const QStringList &haystack, const QStringList &needle)
{
    if (needle.isEmpty() || needle.size() > haystack.size())
        return false;
    for (qsizetype start = 0; start + needle.size() <= haystack.size(); ++start) {
        bool all = true;
        for (qsizetype i = 0; i < needle.size() && all; ++i)
            all = haystack.at(start + i) == needle.at(i);
        if (all)
            return true;
    }
    return false;
}

} // namespace

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
    const QString decomposed = text.normalized(QString::NormalizationForm_KD);
    QStringList result;
    QString current;
    const auto flush = [&] {
        if (!current.isEmpty()) {
            result.append(stem(current));
            current.clear();
        }
    };
    for (const QChar c : decomposed) {
        const QChar::Category category = c.category();
        if (category == QChar::Mark_NonSpacing || category == QChar::Mark_SpacingCombining || category == QChar::Mark_Enclosing)
            continue;  // the diacritic of a decomposed letter
        if (c.isLetterOrNumber())
            current += c.toCaseFolded();
        else
            flush();
    }
    flush();
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

bool KeyPointMatcher::covers(const KeyPoint &keyPoint, const QStringList &answerWords)
{
    for (const QString &term : keyPoint.matchTerms) {
        for (const QStringList &phrase : alternatives(term)) {
            if (containsSequence(answerWords, phrase))
                return true;
        }
    }
    return false;
}

QList<bool> KeyPointMatcher::match(const QList<KeyPoint> &keyPoints, const QString &answer)
{
    const QStringList answerWords = words(answer);
    QList<bool> result;
    result.reserve(keyPoints.size());
    for (const KeyPoint &keyPoint : keyPoints)
        result.append(covers(keyPoint, answerWords));
    return result;
}

} // namespace DockPrep

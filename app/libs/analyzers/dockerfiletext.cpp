#include "analyzers/dockerfiletext.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace DockPrep::DockerfileParsing {

// BuildKit's parseWords: whitespace-separated words, quotes and escapes kept as written, but a
// quoted or escaped space does not split.
QList<Word> splitWords(const QString &text, qsizetype from, QChar escape)
{
    QList<Word> words;
    QString word;
    qsizetype start = -1;
    QChar quote;
    bool inQuote = false;
    bool blankOk = false;
    const qsizetype n = text.size();
    for (qsizetype pos = from; pos < n; ++pos) {
        const QChar ch = text.at(pos);
        if (!inQuote) {
            if (isBlank(ch)) {
                if (start >= 0 && (blankOk || !word.isEmpty()))
                    words.append({word, start});
                word.clear();
                start = -1;
                blankOk = false;
                continue;
            }
            if (start < 0)
                start = pos;
            if (ch == QLatin1Char('\'') || ch == QLatin1Char('"')) {
                quote = ch;
                inQuote = true;
                blankOk = true;
            } else if (ch == escape) {
                if (pos + 1 == n)
                    continue;
                word += ch;
                ++pos;
                word += text.at(pos);
                continue;
            }
            word += ch;
        } else {
            if (ch == quote) {
                inQuote = false;
            } else if (ch == escape && quote != QLatin1Char('\'')) {
                if (pos + 1 == n) {
                    inQuote = false;
                    continue;
                }
                word += ch;
                ++pos;
                word += text.at(pos);
                continue;
            }
            word += ch;
        }
    }
    if (start >= 0 && (blankOk || !word.isEmpty()))
        words.append({word, start});
    return words;
}

// Removes one level of shell quoting from a word kept as written (ENV/LABEL/ARG values).
QString unquote(const QString &word, QChar escape)
{
    QString out;
    out.reserve(word.size());
    QChar quote;
    for (qsizetype i = 0; i < word.size(); ++i) {
        const QChar ch = word.at(i);
        if (quote.isNull()) {
            if (ch == QLatin1Char('"') || ch == QLatin1Char('\'')) {
                quote = ch;
            } else if (ch == escape && i + 1 < word.size()) {
                out += word.at(++i);
            } else {
                out += ch;
            }
        } else if (ch == quote) {
            quote = QChar();
        } else if (quote == QLatin1Char('"') && ch == escape && i + 1 < word.size()
                   && (word.at(i + 1) == QLatin1Char('"') || word.at(i + 1) == escape || word.at(i + 1) == QLatin1Char('$'))) {
            // Keep `\$` visible so a later expansion still sees it as literal.
            if (word.at(i + 1) == QLatin1Char('$'))
                out += ch;
            out += word.at(++i);
        } else {
            out += ch;
        }
    }
    return out;
}

// strings.Fields: whitespace only, no quote handling (how COPY/ADD/FROM/EXPOSE split).
QList<Word> fields(const QString &text, qsizetype from)
{
    QList<Word> words;
    qsizetype start = -1;
    for (qsizetype pos = from; pos <= text.size(); ++pos) {
        const bool end = pos == text.size() || isBlank(text.at(pos));
        if (end && start >= 0) {
            words.append({text.mid(start, pos - start), start});
            start = -1;
        } else if (!end && start < 0) {
            start = pos;
        }
    }
    return words;
}

QStringList texts(const QList<Word> &words)
{
    QStringList list;
    list.reserve(words.size());
    for (const Word &w : words)
        list.append(w.text);
    return list;
}

JsonResult parseJsonArray(QStringView text, QStringList *out)
{
    if (!text.startsWith(QLatin1Char('[')))
        return JsonResult::NotJson;
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(text.toUtf8(), &error);
    if (error.error != QJsonParseError::NoError || !doc.isArray())
        return JsonResult::NotJson;
    const QJsonArray array = doc.array();
    QStringList values;
    values.reserve(array.size());
    for (const QJsonValue &value : array) {
        if (!value.isString())
            return JsonResult::NotStrings;
        values.append(value.toString());
    }
    *out = values;
    return JsonResult::StringArray;
}

} // namespace DockPrep::DockerfileParsing

#include "analyzers/dockerfilevariables.h"

namespace DockPrep {

namespace {

bool isNameStart(QChar c)
{
    return c == QLatin1Char('_') || (c.unicode() < 128 && c.isLetter());
}

bool isNameChar(QChar c)
{
    return c == QLatin1Char('_') || (c.unicode() < 128 && c.isLetterOrNumber());
}

// One `$NAME` or `${NAME…}` starting at `dollar`. `end` is one past it; `modifier` is what follows
// the name inside braces (":-default", "/a/b"…).
struct Reference {
    QString name;
    QString modifier;
    qsizetype end = -1;
};

Reference referenceAt(const QString &text, qsizetype dollar)
{
    Reference ref;
    qsizetype p = dollar + 1;
    if (p >= text.size())
        return ref;
    if (text.at(p) == QLatin1Char('{')) {
        qsizetype q = p + 1;
        while (q < text.size() && isNameChar(text.at(q)))
            ++q;
        if (q == p + 1)
            return ref;
        // Modifiers may hold nested ${…}; match braces.
        int depth = 1;
        qsizetype r = q;
        for (; r < text.size(); ++r) {
            if (text.at(r) == QLatin1Char('{'))
                ++depth;
            else if (text.at(r) == QLatin1Char('}') && --depth == 0)
                break;
        }
        if (r >= text.size())
            return ref;
        ref.name = text.mid(p + 1, q - p - 1);
        ref.modifier = text.mid(q, r - q);
        ref.end = r + 1;
        return ref;
    }
    if (!isNameStart(text.at(p)))
        return ref;
    qsizetype q = p;
    while (q < text.size() && isNameChar(text.at(q)))
        ++q;
    ref.name = text.mid(p, q - p);
    ref.end = q;
    return ref;
}

} // namespace

// A default or alternative value, which may reference variables itself.
static QString expandNested(const QString &text, const QHash<QString, QString> &values, QChar escape, bool &allKnown)
{
    bool inner = true;
    const QString expanded = expandVariables(text, values, escape, &inner);
    allKnown = allKnown && inner;
    return expanded;
}

QStringList referencedVariables(const QString &text, QChar escape)
{
    QStringList names;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (c == escape) {
            ++i;
            continue;
        }
        if (c != QLatin1Char('$'))
            continue;
        const Reference ref = referenceAt(text, i);
        if (ref.end < 0)
            continue;
        if (!names.contains(ref.name))
            names.append(ref.name);
        // Defaults can reference variables too: ${A:-$B}.
        for (const QString &inner : referencedVariables(ref.modifier, escape)) {
            if (!names.contains(inner))
                names.append(inner);
        }
        i = ref.end - 1;
    }
    return names;
}

QString expandVariables(const QString &text, const QHash<QString, QString> &values, QChar escape, bool *complete)
{
    QString out;
    out.reserve(text.size());
    bool allKnown = true;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (c == escape && i + 1 < text.size()) {
            out += c;
            out += text.at(++i);
            continue;
        }
        const Reference ref = c == QLatin1Char('$') ? referenceAt(text, i) : Reference();
        if (ref.end < 0) {
            out += c;
            continue;
        }
        const auto found = values.constFind(ref.name);
        const bool known = found != values.constEnd();
        const QString &modifier = ref.modifier;
        if (modifier.isEmpty()) {
            if (known) {
                out += *found;
            } else {
                out += QStringView(text).mid(i, ref.end - i);
                allKnown = false;
            }
        } else if (modifier.startsWith(QLatin1String(":-")) || modifier.startsWith(QLatin1Char('-'))) {
            const bool colon = modifier.startsWith(QLatin1Char(':'));
            const QString fallback = modifier.mid(colon ? 2 : 1);
            if (known && !(colon && found->isEmpty()))
                out += *found;
            else
                out += expandNested(fallback, values, escape, allKnown);
        } else if (modifier.startsWith(QLatin1String(":+")) || modifier.startsWith(QLatin1Char('+'))) {
            const bool colon = modifier.startsWith(QLatin1Char(':'));
            if (!known) {
                out += QStringView(text).mid(i, ref.end - i);
                allKnown = false;
            } else if (!(colon && found->isEmpty())) {
                out += expandNested(modifier.mid(colon ? 2 : 1), values, escape, allKnown);
            }
        } else {
            // Pattern substitutions and the like: not evaluated here.
            out += QStringView(text).mid(i, ref.end - i);
            allKnown = false;
        }
        i = ref.end - 1;
    }
    if (complete)
        *complete = allKnown;
    return out;
}

} // namespace DockPrep

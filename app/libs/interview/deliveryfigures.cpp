#include "interview/deliveryfigures.h"

#include <QCoreApplication>
#include <QJsonArray>

namespace DockPrep {

namespace {

struct Tr {
    Q_DECLARE_TR_FUNCTIONS(DockPrep::DeliveryFigures)
};

QString seconds(qint64 ms)
{
    return QString::number(double(ms) / 1000.0, 'f', 1);
}

// A whole, non-negative number from JSON; -1 for anything else (a string, a fraction, -3).
qint64 count(const QJsonObject &json, QLatin1StringView key)
{
    const QJsonValue value = json.value(key);
    if (value.isUndefined())
        return 0;
    const double number = value.toDouble(-1);
    if (!value.isDouble() || number < 0 || number != double(qint64(number)) || number > 1e12)
        return -1;
    return qint64(number);
}

} // namespace

QJsonObject DeliveryFigures::toJson() const
{
    QJsonObject json{{QStringLiteral("words"), words},
                     {QStringLiteral("speakingMs"), speakingMs},
                     {QStringLiteral("wordsPerMinute"), wordsPerMinute},
                     {QStringLiteral("longSilences"), longSilences},
                     {QStringLiteral("longestSilenceMs"), longestSilenceMs},
                     {QStringLiteral("fillers"), fillers},
                     {QStringLiteral("fillersHeard"), QJsonArray::fromStringList(fillersHeard)}};
    if (firstKeyPointMs)
        json.insert(QStringLiteral("firstKeyPointMs"), double(*firstKeyPointMs));
    return json;
}

std::optional<DeliveryFigures> DeliveryFigures::fromJson(const QJsonObject &json)
{
    DeliveryFigures figures;
    const qint64 words = count(json, QLatin1StringView("words"));
    const qint64 wpm = count(json, QLatin1StringView("wordsPerMinute"));
    const qint64 silences = count(json, QLatin1StringView("longSilences"));
    const qint64 fillers = count(json, QLatin1StringView("fillers"));
    figures.speakingMs = count(json, QLatin1StringView("speakingMs"));
    figures.longestSilenceMs = count(json, QLatin1StringView("longestSilenceMs"));
    const qint64 firstKeyPoint = count(json, QLatin1StringView("firstKeyPointMs"));
    for (qint64 value : {words, wpm, silences, fillers, figures.speakingMs, figures.longestSilenceMs, firstKeyPoint}) {
        if (value < 0 || value > std::numeric_limits<int>::max())
            return std::nullopt;
    }
    figures.words = int(words);
    figures.wordsPerMinute = int(wpm);
    figures.longSilences = int(silences);
    figures.fillers = int(fillers);
    if (json.contains(QLatin1StringView("firstKeyPointMs")))
        figures.firstKeyPointMs = firstKeyPoint;
    const QJsonValue heard = json.value(QLatin1StringView("fillersHeard"));
    if (!heard.isUndefined() && !heard.isArray())
        return std::nullopt;
    for (const QJsonValue &phrase : heard.toArray()) {
        if (!phrase.isString())
            return std::nullopt;
        figures.fillersHeard.append(phrase.toString());
    }
    return figures;
}

QString deliverySummary(const DeliveryFigures &d)
{
    QString text = Tr::tr("%1 words in %2 s, %3 words a minute; %4 silences of %5 s or more (longest %6 s); %7 fillers")
                       .arg(d.words)
                       .arg(seconds(d.speakingMs))
                       .arg(d.wordsPerMinute)
                       .arg(d.longSilences)
                       .arg(longSilenceMs / 1000)
                       .arg(seconds(d.longestSilenceMs))
                       .arg(d.fillers);
    if (!d.fillersHeard.isEmpty())
        text += QStringLiteral(" (%1)").arg(d.fillersHeard.join(QLatin1String(", ")));
    text += u"; ";
    text += d.firstKeyPointMs ? Tr::tr("first key point at %1 s").arg(seconds(*d.firstKeyPointMs)) : Tr::tr("no key point mentioned");
    return text;
}

} // namespace DockPrep

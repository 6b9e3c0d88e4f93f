#include "benchrows.h"

#include <QFile>

namespace DockPrep::Bench {

namespace {

// Tabs and newlines would break the line format; names never need them.
QString flattened(QString text)
{
    return text.replace(u'\t', u' ').replace(u'\n', u' ');
}

} // namespace

BenchRows::BenchRows(QString path)
    : m_path(std::move(path))
{
}

BenchRows BenchRows::fromArguments(const QStringList &arguments)
{
    const qsizetype at = arguments.indexOf(QStringLiteral("--rows"));
    return BenchRows(at >= 0 ? arguments.value(at + 1) : QString());
}

int integerOption(const QStringList &arguments, const QString &name, int fallback)
{
    const qsizetype at = arguments.indexOf(name);
    return at >= 0 ? arguments.value(at + 1).toInt() : fallback;
}

void BenchRows::add(const QString &group, const QString &item, const QList<Metric> &metrics, const QString &target,
                    Verdict verdict) const
{
    if (m_path.isEmpty())
        return;
    QStringList pairs;
    for (const auto &[key, value] : metrics)
        pairs.append(key + u'=' + QString::number(value, 'g', 10));
    const QString verdictText = verdict == Verdict::Met ? QStringLiteral("ok")
        : verdict == Verdict::Missed                    ? QStringLiteral("MISSED")
                                                        : QString();
    const QString line = QStringList{flattened(group), flattened(item), pairs.join(u';'), flattened(target), verdictText}.join(u'\t');
    // Opened per row: several executables append to the same file one after the other.
    QFile file(m_path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Append | QIODevice::Text))
        qFatal("cannot append to %s", qPrintable(m_path));
    file.write(line.toUtf8() + '\n');
}

} // namespace DockPrep::Bench

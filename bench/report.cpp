// Turns the rows every part of the suite appended (see benchrows.h) into the one table the suite
// prints and into results.json. Rows are grouped as they came; each group's columns are the
// metrics its rows carry, in the order they first appear.
// Usage: dockprep_bench_report ROWS.tsv [--json FILE] [--meta KEY=VALUE]…
#include <QCoreApplication>
#include <QDateTime>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTextStream>

#include <cmath>

namespace {

struct Row {
    QString item;
    QList<std::pair<QString, double>> metrics;
    QString target;
    QString verdict;
};

struct Group {
    QString name;
    QStringList columns;
    QList<Row> rows;
};

QList<Group> readRows(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly | QIODevice::Text))
        qFatal("cannot read %s", qPrintable(path));
    QList<Group> groups;
    for (const QByteArray &line : file.readAll().split('\n')) {
        if (line.trimmed().isEmpty())
            continue;
        const QStringList fields = QString::fromUtf8(line).split(u'\t');
        Row row{fields.value(1), {}, fields.value(3), fields.value(4)};
        auto group = std::find_if(groups.begin(), groups.end(), [&](const Group &g) { return g.name == fields.value(0); });
        if (group == groups.end())
            group = groups.insert(groups.end(), Group{fields.value(0), {}, {}});
        for (const QString &pair : fields.value(2).split(u';', Qt::SkipEmptyParts)) {
            const QString key = pair.section(u'=', 0, 0);
            row.metrics.append({key, pair.section(u'=', 1).toDouble()});
            if (!group->columns.contains(key))
                group->columns.append(key);
        }
        group->rows.append(row);
    }
    return groups;
}

// Enough digits to compare, no more: 0.42, 12.3, 1234.
QString shown(double value)
{
    const double magnitude = std::abs(value);
    if (value == std::floor(value) && magnitude >= 1)
        return QString::number(qint64(value));
    return QString::number(value, 'f', magnitude < 10 ? 2 : magnitude < 1000 ? 1 : 0);
}

void printTable(QTextStream &out, const QList<Group> &groups)
{
    for (const Group &group : groups) {
        int itemWidth = 4;
        for (const Row &row : group.rows)
            itemWidth = qMax(itemWidth, int(row.item.size()));
        QList<int> widths;
        for (const QString &column : group.columns)
            widths.append(qMax(8, int(column.size())));
        out << u'\n' << group.name << u'\n';
        out << QStringLiteral("  %1").arg(QString(), -itemWidth);
        for (qsizetype c = 0; c < group.columns.size(); ++c)
            out << QStringLiteral(" %1").arg(group.columns.at(c), widths.at(c));
        out << QStringLiteral("  target\n");
        for (const Row &row : group.rows) {
            out << QStringLiteral("  %1").arg(row.item, -itemWidth);
            for (qsizetype c = 0; c < group.columns.size(); ++c) {
                const auto found = std::find_if(row.metrics.cbegin(), row.metrics.cend(),
                                                [&](const auto &metric) { return metric.first == group.columns.at(c); });
                out << QStringLiteral(" %1").arg(found == row.metrics.cend() ? QStringLiteral("–") : shown(found->second), widths.at(c));
            }
            if (!row.target.isEmpty())
                out << QStringLiteral("  %1  %2").arg(row.target, row.verdict);
            out << u'\n';
        }
    }
}

QJsonObject toJson(const QList<Group> &groups, const QStringList &meta)
{
    QJsonObject environment;
    for (const QString &pair : meta)
        environment.insert(pair.section(u'=', 0, 0), pair.section(u'=', 1));
    QJsonArray groupArray;
    for (const Group &group : groups) {
        QJsonArray rowArray;
        for (const Row &row : group.rows) {
            QJsonObject metrics;
            for (const auto &[key, value] : row.metrics)
                metrics.insert(key, value);
            QJsonObject object{{QStringLiteral("item"), row.item}, {QStringLiteral("metrics"), metrics}};
            if (!row.target.isEmpty()) {
                object.insert(QStringLiteral("target"), row.target);
                object.insert(QStringLiteral("met"), row.verdict == QLatin1String("ok"));
            }
            rowArray.append(object);
        }
        groupArray.append(QJsonObject{{QStringLiteral("name"), group.name}, {QStringLiteral("rows"), rowArray}});
    }
    return {{QStringLiteral("generated"), QDateTime::currentDateTimeUtc().toString(Qt::ISODate)},
            {QStringLiteral("environment"), environment},
            {QStringLiteral("groups"), groupArray}};
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    if (args.size() < 2) {
        QTextStream(stderr) << "usage: dockprep_bench_report ROWS.tsv [--json FILE] [--meta KEY=VALUE]...\n";
        return 2;
    }
    QString jsonPath;
    QStringList meta;
    for (qsizetype i = 2; i + 1 < args.size(); i += 2) {
        if (args.at(i) == QLatin1String("--json"))
            jsonPath = args.at(i + 1);
        else if (args.at(i) == QLatin1String("--meta"))
            meta.append(args.at(i + 1));
    }
    const QList<Group> groups = readRows(args.at(1));
    QTextStream out(stdout);
    out << "DockPrep benchmark suite\n";
    for (const QString &pair : std::as_const(meta))
        out << QStringLiteral("  %1: %2\n").arg(pair.section(u'=', 0, 0), pair.section(u'=', 1));
    printTable(out, groups);
    int missed = 0;
    for (const Group &group : groups)
        missed += int(std::count_if(group.rows.cbegin(), group.rows.cend(), [](const Row &row) { return row.verdict == QLatin1String("MISSED"); }));
    out << QStringLiteral("\n%1 target(s) missed.\n").arg(missed);
    if (!jsonPath.isEmpty()) {
        QFile file(jsonPath);
        if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate))
            qFatal("cannot write %s", qPrintable(jsonPath));
        file.write(QJsonDocument(toJson(groups, meta)).toJson());
        out << "Written to " << jsonPath << '\n';
    }
    return 0;
}

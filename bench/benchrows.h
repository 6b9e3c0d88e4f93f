#pragma once

#include <QList>
#include <QString>
#include <QStringList>

#include <utility>

namespace DockPrep::Bench {

// One measured figure, named with its unit ("p99_ms", "size_bytes") so the JSON needs no legend.
using Metric = std::pair<QString, double>;

// What a row says about its target: none set, met, or missed.
enum class Verdict { None, Met, Missed };

// Appends result rows to the file every part of the suite shares, one tab-separated line each:
//   group <TAB> item <TAB> key=value;key=value <TAB> target <TAB> ok|MISSED|(empty)
// bench/report.cpp turns the file into the printed table and results.json. Without a file (no
// --rows given) rows are dropped, so a bench run by hand prints only its own table.
class BenchRows
{
public:
    explicit BenchRows(QString path = {});

    // Reads "--rows FILE" from the arguments; an empty writer when it is not there.
    static BenchRows fromArguments(const QStringList &arguments);

    void add(const QString &group, const QString &item, const QList<Metric> &metrics, const QString &target = {},
             Verdict verdict = Verdict::None) const;

private:
    QString m_path;
};

// The number after `name` in the arguments ("--notes 10000"), or `fallback` when it is not there.
int integerOption(const QStringList &arguments, const QString &name, int fallback);

inline Verdict verdictFor(bool met)
{
    return met ? Verdict::Met : Verdict::Missed;
}

} // namespace DockPrep::Bench

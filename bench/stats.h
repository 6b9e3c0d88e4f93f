#pragma once

#include <QElapsedTimer>
#include <QList>

#include <algorithm>
#include <cmath>

namespace DockPrep::Bench {

struct Percentiles {
    double p50 = 0;
    double p99 = 0;
    double max = 0;
};

// Nearest-rank percentiles: p99 of 300 samples is the 297th smallest, an observed value.
inline Percentiles percentiles(QList<double> samples)
{
    if (samples.isEmpty())
        return {};
    std::sort(samples.begin(), samples.end());
    const auto rank = [&](double p) {
        const auto index = qsizetype(std::ceil(p * double(samples.size()))) - 1;
        return samples.at(std::clamp<qsizetype>(index, 0, samples.size() - 1));
    };
    return {rank(0.50), rank(0.99), samples.last()};
}

inline double median(const QList<double> &samples)
{
    return percentiles(samples).p50;
}

// Milliseconds one call of `work` takes.
template<typename F>
double millisecondsOf(F &&work)
{
    QElapsedTimer timer;
    timer.start();
    work();
    return double(timer.nsecsElapsed()) / 1e6;
}

} // namespace DockPrep::Bench

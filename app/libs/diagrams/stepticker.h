#pragma once

#include <QObject>
#include <QTimer>

namespace DockPrep {

// A source of "time for the next step" ticks. The player uses a timer; tests inject a manual
// ticker so playing through a sequence is instant and exact.
class StepTicker : public QObject
{
    Q_OBJECT
public:
    using QObject::QObject;
    virtual void start(int intervalMs) = 0;
    virtual void stop() = 0;
    virtual bool isActive() const = 0;

Q_SIGNALS:
    void tick();
};

class TimerStepTicker final : public StepTicker
{
    Q_OBJECT
public:
    explicit TimerStepTicker(QObject *parent = nullptr);
    void start(int intervalMs) override;
    void stop() override;
    bool isActive() const override;

private:
    QTimer m_timer;
};

} // namespace DockPrep

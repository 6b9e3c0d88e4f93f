#pragma once

#include "diagrams/diagrammetadata.h"

#include <QWidget>

class QComboBox;
class QLabel;
class QPushButton;

namespace DockPrep {

class StepPlayer;

// Previous / Play / Next and the caption of the current step, for diagrams with sequences.
class StepBar final : public QWidget
{
    Q_OBJECT
public:
    explicit StepBar(QWidget *parent = nullptr);

    // The sequences of the diagram shown; the bar hides itself when there are none.
    void setSequences(const QList<DiagramSequence> &sequences);
    StepPlayer *player() const { return m_player; }
    const DiagramSequence *currentSequence() const;
    QString caption() const;
    // The elements of the current step while the step-through is on, else empty.
    QStringList activeElements() const;
    bool isStepping() const { return m_stepping; }
    void setStepping(bool on);

Q_SIGNALS:
    void activeElementsChanged(const QStringList &ids);

private:
    void refresh();

    QList<DiagramSequence> m_sequences;
    StepPlayer *m_player;
    QComboBox *m_sequence;
    QPushButton *m_start;
    QPushButton *m_previous;
    QPushButton *m_play;
    QPushButton *m_next;
    QLabel *m_position;
    QLabel *m_caption;
    bool m_stepping = false;
};

} // namespace DockPrep

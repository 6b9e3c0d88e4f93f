#include "ui/diagrams/stepbar.h"

#include "diagrams/stepplayer.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace DockPrep {

StepBar::StepBar(QWidget *parent)
    : QWidget(parent)
    , m_player(new StepPlayer(this))
    , m_sequence(new QComboBox(this))
    , m_start(new QPushButton(tr("Step through"), this))
    , m_previous(new QPushButton(tr("P&revious"), this))
    , m_play(new QPushButton(tr("&Play"), this))
    , m_next(new QPushButton(tr("&Next"), this))
    , m_position(new QLabel(this))
    , m_caption(new QLabel(this))
{
    m_sequence->setAccessibleName(tr("Sequence"));
    m_start->setCheckable(true);
    m_start->setAccessibleName(tr("Step through the sequence"));
    m_previous->setAccessibleName(tr("Previous step"));
    m_play->setAccessibleName(tr("Play the sequence"));
    m_next->setAccessibleName(tr("Next step"));
    m_start->setObjectName(QStringLiteral("stepThrough"));
    m_previous->setObjectName(QStringLiteral("previousStep"));
    m_play->setObjectName(QStringLiteral("playSteps"));
    m_next->setObjectName(QStringLiteral("nextStep"));
    m_caption->setObjectName(QStringLiteral("stepCaption"));
    m_caption->setWordWrap(true);
    m_caption->setTextFormat(Qt::PlainText);
    m_caption->setMinimumHeight(m_caption->fontMetrics().lineSpacing() * 2 + 4);
    QFont captionFont = m_caption->font();
    captionFont.setPointSizeF(captionFont.pointSizeF() * 1.1);
    m_caption->setFont(captionFont);

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_sequence);
    buttons->addWidget(m_start);
    buttons->addWidget(m_previous);
    buttons->addWidget(m_play);
    buttons->addWidget(m_next);
    buttons->addWidget(m_position);
    buttons->addStretch(1);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(buttons);
    layout->addWidget(m_caption);

    connect(m_sequence, &QComboBox::currentIndexChanged, this, [this](int index) {
        m_player->setStepCount(index >= 0 ? int(m_sequences.at(index).steps.size()) : 0);
    });
    connect(m_start, &QPushButton::toggled, this, &StepBar::setStepping);
    connect(m_previous, &QPushButton::clicked, this, [this] {
        setStepping(true);
        m_player->stop();
        m_player->previous();
    });
    connect(m_next, &QPushButton::clicked, this, [this] {
        m_player->stop();
        if (!m_stepping)
            setStepping(true);  // the first Next shows the first step
        else
            m_player->next();
    });
    connect(m_play, &QPushButton::clicked, this, [this] {
        setStepping(true);
        if (m_player->isPlaying())
            m_player->stop();
        else
            m_player->play();
    });
    connect(m_player, &StepPlayer::currentChanged, this, &StepBar::refresh);
    connect(m_player, &StepPlayer::playingChanged, this, &StepBar::refresh);
    refresh();
}

void StepBar::setSequences(const QList<DiagramSequence> &sequences)
{
    m_sequences = sequences;
    m_stepping = false;
    const QSignalBlocker blocker(m_sequence);
    m_sequence->clear();
    for (const DiagramSequence &sequence : sequences)
        m_sequence->addItem(sequence.title, sequence.id);
    m_sequence->setVisible(sequences.size() > 1);
    m_player->setStepCount(sequences.isEmpty() ? 0 : int(sequences.first().steps.size()));
    setVisible(!sequences.isEmpty());
    refresh();
}

const DiagramSequence *StepBar::currentSequence() const
{
    const int index = m_sequence->currentIndex();
    return index >= 0 && index < m_sequences.size() ? &m_sequences.at(index) : nullptr;
}

QString StepBar::caption() const
{
    return m_caption->text();
}

QStringList StepBar::activeElements() const
{
    const DiagramSequence *sequence = currentSequence();
    const int step = m_player->current();
    if (!m_stepping || !sequence || step < 0 || step >= sequence->steps.size())
        return {};
    return sequence->steps.at(step).active;
}

void StepBar::setStepping(bool on)
{
    if (!on)
        m_player->stop();
    if (m_stepping == on)
        return;
    m_stepping = on;
    refresh();
}

void StepBar::refresh()
{
    const DiagramSequence *sequence = currentSequence();
    const int step = m_player->current();
    {
        const QSignalBlocker blocker(m_start);
        m_start->setChecked(m_stepping);
    }
    m_previous->setEnabled(m_stepping && m_player->canGoBack());
    m_next->setEnabled(!m_stepping || m_player->canGoForward());
    m_play->setText(m_player->isPlaying() ? tr("&Pause") : tr("&Play"));
    m_play->setAccessibleName(m_player->isPlaying() ? tr("Pause the sequence") : tr("Play the sequence"));
    if (sequence && step >= 0 && m_stepping) {
        m_position->setText(tr("Step %1 of %2").arg(step + 1).arg(sequence->steps.size()));
        m_caption->setText(sequence->steps.at(step).caption);
    } else {
        m_position->setText(sequence ? tr("%n step(s)", nullptr, int(sequence->steps.size())) : QString());
        m_caption->setText(sequence ? tr("Step through “%1”: Next or Play.").arg(sequence->title) : QString());
    }
    Q_EMIT activeElementsChanged(activeElements());
}

} // namespace DockPrep

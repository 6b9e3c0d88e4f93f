#include "ui/interview/answerplaybackbar.h"

#include "audio/answerplayer.h"
#include "interview/sessionsummary.h"

#include <QFileInfo>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QStyle>

namespace DockPrep {

AnswerPlaybackBar::AnswerPlaybackBar(QWidget *parent)
    : QWidget(parent)
    , m_player(new AnswerPlayer(this))
    , m_play(new QPushButton(this))
    , m_position(new QLabel(this))
{
    m_play->setObjectName(QStringLiteral("playRecording"));
    m_position->setObjectName(QStringLiteral("playbackPosition"));
    m_position->setTextFormat(Qt::PlainText);
    m_position->setWordWrap(true);
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_play);
    layout->addWidget(m_position, 1);
    connect(m_play, &QPushButton::clicked, this, [this] { m_player->isPlaying() ? stop() : play(); });
    connect(m_player, &AnswerPlayer::positionChanged, this, &AnswerPlaybackBar::showPosition);
    connect(m_player, &AnswerPlayer::playingChanged, this, [this](bool playing) {
        m_play->setText(playing ? tr("Stop") : tr("Play the recording"));
        m_play->setIcon(style()->standardIcon(playing ? QStyle::SP_MediaStop : QStyle::SP_MediaPlay));
    });
    m_play->setText(tr("Play the recording"));
    m_play->setIcon(style()->standardIcon(QStyle::SP_MediaPlay));
}

void AnswerPlaybackBar::setRecording(const QString &wavPath, const QString &title)
{
    stop();
    m_path = wavPath;
    m_title = title;
    const bool there = !wavPath.isEmpty() && QFileInfo::exists(wavPath);
    m_play->setEnabled(there);
    m_position->setText(wavPath.isEmpty() ? QString()
                        : there       ? title
                                      : tr("The recording %1 is no longer in the data folder.").arg(QFileInfo(wavPath).fileName()));
}

void AnswerPlaybackBar::play()
{
    if (m_path.isEmpty())
        return;
    if (!m_player->play(m_path))
        m_position->setText(tr("Cannot play the recording: %1").arg(m_player->error()));
}

void AnswerPlaybackBar::stop()
{
    m_player->stop();
}

void AnswerPlaybackBar::showPosition(qint64 ms)
{
    const QString where = m_player->isPlaying()
        ? QStringLiteral("%1 / %2").arg(formatDuration(ms / 1000 * 1000), formatDuration(m_player->durationMs() / 1000 * 1000))
        : QString();
    QStringList parts;
    for (const QString &part : {m_title, where}) {
        if (!part.isEmpty())
            parts.append(part);
    }
    m_position->setText(parts.join(QStringLiteral(" · ")));
}

} // namespace DockPrep

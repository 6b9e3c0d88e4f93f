#pragma once

#include <QWidget>

class QLabel;
class QPushButton;

namespace DockPrep {

class AnswerPlayer;

// Play and stop for one recorded answer, with where the playing is ("0:12 / 1:05") or why it
// cannot play (no sound output, the file gone).
class AnswerPlaybackBar final : public QWidget
{
    Q_OBJECT

public:
    explicit AnswerPlaybackBar(QWidget *parent = nullptr);

    // The recording to play (stops the current one); `title` names it beside the button.
    void setRecording(const QString &wavPath, const QString &title = {});
    QString recording() const { return m_path; }
    void play();
    void stop();

    QPushButton *playButton() const { return m_play; }
    QLabel *positionLabel() const { return m_position; }
    AnswerPlayer *player() const { return m_player; }

private:
    void showPosition(qint64 ms);

    AnswerPlayer *m_player;
    QPushButton *m_play;
    QLabel *m_position;
    QString m_path;
    QString m_title;
};

} // namespace DockPrep

#pragma once

#include <QObject>

class QTextToSpeech;

namespace DockPrep {

// Reads a question aloud with whatever text-to-speech engine the desktop has (Qt TextToSpeech:
// speech-dispatcher, flite…). Where there is none, or it fails, problem() says so in plain words
// and the question stays on screen: reading aloud is a help, never a condition.
class QuestionReader final : public QObject
{
    Q_OBJECT

public:
    // The default engine, or a named one ("flite", "speechd"); "none" for no reading at all.
    explicit QuestionReader(const QString &engine = {}, QObject *parent = nullptr);
    ~QuestionReader() override;

    bool available() const { return m_speech != nullptr; }
    QString problem() const { return m_problem; }
    QString engineName() const { return m_engine; }

    // Starts reading; finished() follows when done, stopped or failed (at once without an engine).
    void read(const QString &text);
    void stop();
    bool isReading() const { return m_reading; }

Q_SIGNALS:
    void finished();

private:
    void done();

    QTextToSpeech *m_speech = nullptr;  // a child; null without a working engine
    QString m_engine;
    QString m_problem;
    bool m_reading = false;
};

} // namespace DockPrep

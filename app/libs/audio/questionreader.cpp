#include "audio/questionreader.h"

#include <QtTextToSpeech/QTextToSpeech>
#include <QTimer>

namespace DockPrep {

QuestionReader::QuestionReader(const QString &engine, QObject *parent)
    : QObject(parent)
{
    const QStringList engines = QTextToSpeech::availableEngines();
    if (engine == QLatin1String("none")) {
        m_problem = tr("Reading aloud is turned off: the question is on screen.");
        return;
    }
    if (engines.isEmpty()) {
        m_problem = tr("No text-to-speech engine is installed (such as speech-dispatcher or flite), so the question is not "
                       "read aloud: it is on screen.");
        return;
    }
    if (!engine.isEmpty() && !engines.contains(engine)) {
        m_problem = tr("The text-to-speech engine %1 is not installed (there are: %2), so the question is not read aloud: "
                       "it is on screen.")
                        .arg(engine, engines.join(QLatin1String(", ")));
        return;
    }
    m_engine = engine.isEmpty() ? engines.constFirst() : engine;
    m_speech = new QTextToSpeech(m_engine, this);
    if (m_speech->state() == QTextToSpeech::Error) {
        m_problem = tr("The text-to-speech engine %1 does not work here (%2), so the question is not read aloud: it is on screen.")
                        .arg(m_engine, m_speech->errorString());
        delete std::exchange(m_speech, nullptr);
        return;
    }
    connect(m_speech, &QTextToSpeech::stateChanged, this, [this](QTextToSpeech::State state) {
        if (state == QTextToSpeech::Ready || state == QTextToSpeech::Error)
            done();
    });
    connect(m_speech, &QTextToSpeech::errorOccurred, this, [this](QTextToSpeech::ErrorReason, const QString &message) {
        m_problem = tr("The question could not be read aloud (%1): it is on screen.").arg(message);
        done();
    });
}

QuestionReader::~QuestionReader()
{
    if (m_speech && m_reading)
        m_speech->stop(QTextToSpeech::BoundaryHint::Immediate);
}

void QuestionReader::read(const QString &text)
{
    stop();
    m_reading = true;
    if (!m_speech || text.trimmed().isEmpty()) {
        QTimer::singleShot(0, this, &QuestionReader::done);  // after the caller has set up its listeners
        return;
    }
    m_speech->say(text);
}

void QuestionReader::stop()
{
    if (!m_reading)
        return;
    if (m_speech)
        m_speech->stop(QTextToSpeech::BoundaryHint::Immediate);
    done();
}

void QuestionReader::done()
{
    if (!m_reading)
        return;
    m_reading = false;
    Q_EMIT finished();
}

} // namespace DockPrep

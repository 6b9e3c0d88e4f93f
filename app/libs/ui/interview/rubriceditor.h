#pragma once

#include "interviewer/interviewsheet.h"

#include <QWidget>

#include <array>

class QLineEdit;
class QSpinBox;

namespace DockPrep {

// The four rubric criteria as rows of a rating (0–5) and a short note, for the interviewer's
// sheet. Emits changed() on every edit; the page copies the values into its sheet.
class RubricEditor final : public QWidget
{
    Q_OBJECT

public:
    explicit RubricEditor(QWidget *parent = nullptr);

    void display(const InterviewSheet &sheet);  // without emitting changed()
    void copyInto(InterviewSheet &sheet) const;

    QSpinBox *rating(Criterion criterion) const { return m_ratings.at(std::size_t(criterion)); }
    QLineEdit *note(Criterion criterion) const { return m_notes.at(std::size_t(criterion)); }

Q_SIGNALS:
    void changed();

private:
    std::array<QSpinBox *, 4> m_ratings{};
    std::array<QLineEdit *, 4> m_notes{};
    bool m_showing = false;
};

} // namespace DockPrep

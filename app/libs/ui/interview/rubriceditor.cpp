#include "ui/interview/rubriceditor.h"

#include <QGridLayout>
#include <QLabel>
#include <QLineEdit>
#include <QSignalBlocker>
#include <QSpinBox>

namespace DockPrep {

namespace {
const std::array criterionObjectNames{"technical", "communication", "production", "leadership"};
}

RubricEditor::RubricEditor(QWidget *parent)
    : QWidget(parent)
{
    auto *grid = new QGridLayout(this);
    grid->setContentsMargins(0, 0, 0, 0);
    for (Criterion c : allCriteria) {
        const auto i = std::size_t(c);
        auto *rating = new QSpinBox(this);
        rating->setRange(0, Rubric::maxRating);
        rating->setSuffix(tr(" / 5"));
        rating->setObjectName(QLatin1String(criterionObjectNames.at(i)) + QLatin1String("Rating"));
        auto *note = new QLineEdit(this);
        note->setPlaceholderText(tr("What you saw"));
        note->setObjectName(QLatin1String(criterionObjectNames.at(i)) + QLatin1String("Note"));
        auto *label = new QLabel(tr("%1 (%2 %)").arg(criterionName(c)).arg(criterionWeight(c)), this);
        label->setBuddy(rating);
        grid->addWidget(label, int(i), 0);
        grid->addWidget(rating, int(i), 1);
        grid->addWidget(note, int(i), 2);
        connect(rating, &QSpinBox::valueChanged, this, [this] {
            if (!m_showing)
                Q_EMIT changed();
        });
        connect(note, &QLineEdit::textEdited, this, &RubricEditor::changed);
        m_ratings.at(i) = rating;
        m_notes.at(i) = note;
    }
    grid->setColumnStretch(2, 1);
}

void RubricEditor::display(const InterviewSheet &sheet)
{
    m_showing = true;
    for (Criterion c : allCriteria) {
        m_ratings.at(std::size_t(c))->setValue(sheet.rating(c));
        m_notes.at(std::size_t(c))->setText(sheet.criterionNote(c));
    }
    m_showing = false;
}

void RubricEditor::copyInto(InterviewSheet &sheet) const
{
    for (Criterion c : allCriteria) {
        sheet.setRating(c, m_ratings.at(std::size_t(c))->value());
        sheet.setCriterionNote(c, m_notes.at(std::size_t(c))->text());
    }
}

} // namespace DockPrep

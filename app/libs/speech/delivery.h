#pragma once

#include "interview/deliveryfigures.h"
#include "speech/transcriber.h"

#include <QList>
#include <QStringList>

#include <optional>

namespace DockPrep {

struct KeyPoint;

// The delivery figures (interview/deliveryfigures.h) of a transcript of an answer to these key points.
DeliveryFigures deliveryFigures(const Transcript &transcript, const QList<KeyPoint> &keyPoints);

} // namespace DockPrep

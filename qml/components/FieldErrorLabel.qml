// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import Waymark

/**
 * A controller's FieldError shown beside the field it is about: the message when the error's field
 * is one of `fields` (or, with `rest`, when it is about none of `except`). Hidden otherwise.
 */
InlineError {
    id: root
    required property FieldError error
    /** The fields whose messages show here. */
    property var fields: []
    /** Show every message not shown elsewhere instead (those of the fields in `except`). */
    property bool rest: false
    property var except: []

    text: !error ? ""
          : rest ? (except.indexOf(error.field) < 0 ? error.text : "")
          : (fields.indexOf(error.field) >= 0 ? error.text : "")
}

"""One JSON object per log line, with a fixed set of fields.

Only the listed fields are written, never the record's ``request`` or other
extras, so client addresses, cookies, query strings and form data stay out of
the logs. Times are UTC whatever the server's or the clinic's time zone.
"""

import json
import logging
from datetime import UTC, datetime


class JsonFormatter(logging.Formatter):
    def format(self, record):
        entry = {
            "time": datetime.fromtimestamp(record.created, UTC).isoformat(),
            "level": record.levelname,
            "logger": record.name,
            **self.fields(record),
        }
        status = getattr(record, "status_code", None)
        if status is not None:
            entry["status"] = status
        if record.exc_info:
            entry["exception"] = self.formatException(record.exc_info)
        return json.dumps(entry, default=str)

    def fields(self, record):
        return {"message": record.getMessage()}

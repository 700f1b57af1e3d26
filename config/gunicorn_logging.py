"""gunicorn's own error and access lines as JSON, in UTC, like every other line we log.

gunicorn's ``logger_class`` setting is its public seam for this: the files and streams
chosen with ``--error-logfile`` and ``--access-logfile`` stay as they are, only their
format changes.
"""

from gunicorn import glogging

from config.jsonlog import JsonFormatter

# gunicorn's atoms for the access line: no client address, user agent or query string,
# which can carry personal data.
ACCESS_FIELDS = {"method": "m", "path": "U", "status": "s", "bytes": "B", "duration_ms": "M"}


class AccessJsonFormatter(JsonFormatter):
    def fields(self, record):
        atoms = record.args if isinstance(record.args, dict) else {}
        entry = {
            name: atoms[atom] if atom in atoms else None for name, atom in ACCESS_FIELDS.items()
        }
        for name in ("status", "duration_ms"):
            if str(entry[name]).isdigit():
                entry[name] = int(entry[name])
        return entry


class JsonLogger(glogging.Logger):
    def setup(self, cfg):
        super().setup(cfg)
        formats = ((self.error_log, JsonFormatter()), (self.access_log, AccessJsonFormatter()))
        for log, formatter in formats:
            for handler in log.handlers:
                handler.setFormatter(formatter)

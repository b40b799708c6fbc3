"""The desk's own ui: the outbox view, the watch-list notifier and badge, templates and snippets.

Built on the engines in ``tasks.desk`` (``ctx.desk``: outbox, spam guard, watch list) and the
template operations in ``tasks.template_ops``. Every part works without the engines too
(``ctx.desk`` is None in panel tests): it then hides itself.
"""

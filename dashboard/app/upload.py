"""The upload panel: each new file is read, geotagged and stored once, and what happened is said
in plain text.

File names and record positions come from the user (or from whoever crafted the request): they
are shown as text, never as Markdown (an image in a name would be fetched), and isolated from the
text around them (a bidi override in a name must not reorder the counts beside it). A long list
of skipped records is summarised: the count, the first few, and the whole list to download. An
unexpected error shows a short message; its traceback goes to the server log only.
"""

from __future__ import annotations

import logging

import streamlit as st

from dashboard.app.data import open_store
from dashboard.app.reasons import in_indonesian
from dashboard.errors import DashboardError
from dashboard.htmlsafe import isolate, plain_markdown

#: What the uploader takes. Checked here, not by Streamlit's ``type=`` (whose refusal is English:
#: "application/pdf files are not allowed."), so a refusal is in Indonesian and names the file.
UPLOAD_TYPES = (".txt", ".json", ".jsonl", ".csv", ".html", ".htm", ".warc", ".warc.gz")
#: Skipped records listed on the page; the rest are counted and in the download.
SHOWN_PROBLEMS = 5
log = logging.getLogger(__name__)


def upload_panel(db: str) -> None:
    """The file uploader; stores each new file once and shows what happened."""
    ss = st.session_state
    files = st.file_uploader(
        "Tambah artikel (.txt, .json, .jsonl, .csv, .html, .warc)",
        accept_multiple_files=True,
        key="uploader",
    )
    done = ss.setdefault("_uploaded", set())
    new = [f for f in files or [] if f.file_id not in done]
    if new:
        from dashboard.pipeline import ingest_upload

        bar = st.progress(0.0, text="Membaca dan menandai tempat …")
        results = []
        for i, f in enumerate(new):
            results.append(ingest_one(ingest_upload, f.name, f.getvalue(), open_store(db)))
            done.add(f.file_id)
            bar.progress((i + 1) / len(new), text=f"{i + 1}/{len(new)} file")
        ss["_upload_results"] = results
    for n, result in enumerate(ss.get("_upload_results", [])):
        show_result(result, n)


def ingest_one(ingest_upload, name: str, data: bytes, store) -> dict:
    """What happened to one upload: ``summary`` (or None), ``error`` (or None), ``problems``
    (one plain line per skipped record)."""
    shown = isolate(name)
    if not name.lower().endswith(UPLOAD_TYPES):
        kinds = ", ".join(UPLOAD_TYPES)
        error = f"{shown}: jenis file ini tidak didukung (yang diterima: {kinds}); tidak disimpan"
        return {"name": name, "summary": None, "error": error, "problems": []}
    try:
        report = ingest_upload(name, data, store)
    except (DashboardError, ValueError, UnicodeError) as exc:
        error = f"{shown}: {in_indonesian(str(exc))}"
        return {"name": name, "summary": None, "error": error, "problems": []}
    except Exception:  # a bug: a short message here, the traceback in the server log
        log.exception("upload %r failed", name)
        error = f"{shown}: file ini tidak dapat diproses (kesalahan internal, lihat log server)"
        return {"name": name, "summary": None, "error": error, "problems": []}
    problems = [f"{isolate(where)}: {in_indonesian(reason)}" for where, reason in report.skipped]
    problems += [
        f"{isolate(_where(k.path, k.line))}: {in_indonesian(k.reason)}" for k in report.kept_out
    ]
    summary = None
    if report.stored or report.replaced or report.unchanged:
        summary = (
            f"{shown}: {report.stored} baru, {report.replaced} diperbarui, "
            f"{report.unchanged} sudah ada"
        )
    nothing = None if summary or problems else f"{shown}: tidak ada artikel yang terbaca"
    return {"name": name, "summary": summary, "error": nothing, "problems": problems}


def _where(path: str, line: int | None) -> str:
    return path if line is None else f"{path}:{line}"


def show_result(result: dict, n: int) -> None:
    if result["summary"]:
        st.success(plain_markdown(result["summary"]))
    if result["error"]:
        st.error(plain_markdown(result["error"]))
    problems = result["problems"]
    if not problems:
        return
    if len(problems) <= SHOWN_PROBLEMS:
        for line in problems:
            st.error(plain_markdown(line))
        return
    head = "\n".join(f"- {plain_markdown(line)}" for line in problems[:SHOWN_PROBLEMS])
    st.error(
        f"{len(problems):,} baris dilewati di {plain_markdown(isolate(result['name']))}; "
        f"{SHOWN_PROBLEMS} yang pertama:\n\n{head}"
    )
    st.download_button(
        f"Unduh daftar lengkap ({len(problems):,} baris)",
        "\n".join(problems) + "\n",
        file_name="baris-dilewati.txt",
        mime="text/plain",
        key=f"upload_problems_{n}",
    )

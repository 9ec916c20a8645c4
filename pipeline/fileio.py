"""Files at the boundary: input that must be a regular file before it is opened, and atomic
writes (a reader sees the old file or the new one, never half of one)."""

from __future__ import annotations

import codecs
import errno
import os
import shutil
import signal
import stat
import tempfile
import threading
import time
import unicodedata
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from pathlib import Path

try:
    import fcntl
except ImportError:  # (not on Windows: there, two hexaglot commands saving one catalog at once are not kept apart)
    fcntl = None

from pipeline.errors import HexaglotInputError


def regular_file(path: Path, what: str = "file", code: str = "E001") -> Path:
    """`path`, if it is a regular file (or a link to one); else HexaglotInputError naming what
    it is instead. Opening a FIFO for reading waits for a writer forever, and a directory or a
    link that loops fails with errors that name neither the file nor the cause: each is said
    here, before anything opens it."""
    try:
        mode = os.stat(path).st_mode
    except OSError as error:
        if error.errno == errno.ELOOP:
            raise HexaglotInputError(code, path, f"the {what} is a symbolic link that loops back on itself") from None
        if error.errno == errno.ENOENT:
            dangling = os.path.islink(path)
            raise HexaglotInputError(code, path, f"the {what} is a symbolic link to nothing" if dangling
                                     else f"the {what} does not exist") from None
        raise HexaglotInputError(code, path, f"the {what} cannot be read: {error.strerror}") from None
    if stat.S_ISREG(mode):
        try:
            # Opened once here: a file its permissions keep from this user was a PermissionError
            # traceback and exit 1 where it is read (the code of findings), not one line and 2.
            with open(path, "rb"):
                pass
        except OSError as error:
            raise HexaglotInputError(code, path, f"the {what} cannot be read: {error.strerror}") from None
        return path
    kind = ("a directory" if stat.S_ISDIR(mode) else "a named pipe (FIFO)" if stat.S_ISFIFO(mode)
            else "a socket" if stat.S_ISSOCK(mode) else "a device" if stat.S_ISCHR(mode) or stat.S_ISBLK(mode)
            else "not a regular file")
    raise HexaglotInputError(code, path, f"the {what} is {kind}, not a regular file")


# Byte-order marks, the longer first (UTF-32's little-endian mark begins with UTF-16's): a text
# file that opens with one says its encoding. Notepad's and Word's "Unicode" and Excel's
# "Unicode Text" are UTF-16 with a mark.
_BOMS = ((codecs.BOM_UTF32_LE, "utf-32"), (codecs.BOM_UTF32_BE, "utf-32"), (codecs.BOM_UTF8, "utf-8-sig"),
         (codecs.BOM_UTF16_LE, "utf-16"), (codecs.BOM_UTF16_BE, "utf-16"))


def utf16_without_mark(data: bytes) -> str | None:
    """`utf-16-le` or `utf-16-be` where the file's NUL bytes are those of UTF-16 with no mark:
    the high byte of every ASCII character (a line end, a space, a digit) on one side of its
    pair, far more often than the other side's NULs (the low byte of `一`, U+4E00, and a few
    others); never in a file of an odd length."""
    sample = data[:4096]
    if len(sample) < 4 or len(sample) % 2:
        return None
    odd, even = sample[1::2].count(0), sample[0::2].count(0)
    # (a NUL or two alone in a short file is no text's every other byte: `hello\n\0\n` was told
    # to be read as UTF-16)
    enough = max(3, len(sample) // 32)
    if odd >= enough and odd > 4 * even:
        return "utf-16-le"
    if even >= enough and even > 4 * odd:
        return "utf-16-be"
    return None


def marked_encoding(data: bytes) -> str | None:
    """The encoding a text's byte-order mark names (a codec that drops the mark), or None."""
    return next((name for bom, name in _BOMS if data.startswith(bom)), None)


def safe_file_name(name: str) -> str:
    """A name that came from a file (a document's folder, a catalog's name) made fit to be one
    component of a path: no separator, no control or format character, no leading dot (`..`
    would climb out of the output folder, `.x` would hide)."""
    cleaned = "".join("_" if ch in "/\\" or unicodedata.category(ch) in ("Cc", "Cf", "Zl", "Zp") else ch
                      for ch in unicodedata.normalize("NFC", name))
    cleaned = cleaned.lstrip(".").strip()
    return cleaned or "_"


def writable_target(path: Path) -> Path:
    """The file a write to `path` changes (a link's target), or E011 where it is read-only."""
    if path.is_symlink():
        path = Path(os.path.realpath(path))
    try:
        mode = path.stat().st_mode
    except OSError:
        return path  # not there yet: made by the write
    if stat.S_ISREG(mode) and not mode & stat.S_IWUSR:
        raise HexaglotInputError("E011", path, "the file is read-only (its write permission is off): it is left as it "
                                 "is; make it writable (chmod u+w, or p4 edit) for hexaglot to update it")
    return path


def _write_into(path: Path, whole: Path) -> None:
    """Copy `whole`, the new text already on disk, into `path` itself, then remove it. Were the
    copy cut short, `whole` stays and the error names it: the text is never only half there."""
    try:
        with open(whole, "rb") as source, open(path, "r+b") as target:
            shutil.copyfileobj(source, target)
            target.truncate()
            target.flush()
            os.fsync(target.fileno())
    except OSError as error:
        raise HexaglotInputError("E011", path, f"cannot write: {error.strerror}; the whole new text is in {whole}") \
            from None
    whole.unlink()


def atomic_write_bytes(path: Path, data: bytes) -> None:
    """Write `data` to a temporary file beside `path`, flush it to disk, then rename it."""
    atomic_write_parts(path, (data,))


def atomic_write_parts(path: Path, parts: Iterable[bytes]) -> None:
    """`atomic_write_bytes` for data made in parts, written as they come.

    A link is written through: the file it leads to is replaced, and the link stays (replacing
    the link itself left the real catalog, where the link led, without the update, and the
    link gone). A file with a second name (a hard link) is written into, once the whole new
    text is safe beside it: a rename would give the new text to one of its names only. A file
    whose write permission is off is not written (E011): a catalog made read-only is one not to
    change (Perforce keeps files read-only until `p4 edit`), and a rename would replace it
    whatever its permissions, root's or not.

    What is not a file is never replaced: a device or a named pipe (`--output /dev/null`,
    `/dev/stdout`, a FIFO a reader waits on) is written into as a stream, as the shell's `>`
    writes (renamed over, /dev/null became a regular file, and a reader on the pipe waited for
    ever); a folder is E011 before anything is written (a temporary file was left beside it)."""
    staged = _staged(path, parts)
    if staged is not None:
        _commit(*staged)


def replace_file_bytes(path: Path, data: bytes) -> None:
    """Put `data` at `path` by renaming a new file over the name: a link there (symbolic or
    hard) is replaced, never written through. For files of hexaglot's own in a folder others
    may write (a shared findings cache): a link an entry's name was made into led the write to
    whatever file it points to, a catalog of the run among them. OSError where it cannot."""
    handle = tempfile.NamedTemporaryFile(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp", delete=False)
    try:
        with handle:
            handle.write(data)
        os.replace(handle.name, path)
    except BaseException:
        Path(handle.name).unlink(missing_ok=True)
        raise


@contextmanager
def interrupts_held() -> Iterator[None]:
    """Ctrl-C and SIGTERM (a CI job's timeout) noted while the block runs, then acted on as they
    would have been: while files that go together are written (a catalog and the record of the
    versions it was made from: interrupted between the two, extract left catalogs without their
    record, and now and then a temporary file), or a pool's tasks are given out (a signal
    handled between a worker's fork and its being recorded left a worker no one knew of).
    Blocking them would not do: a signal sent to the process reaches whichever thread does not
    block it, and Python runs its handler in the main thread all the same. (Handlers are the
    main thread's to set: elsewhere the block runs as it is.)"""
    if threading.current_thread() is not threading.main_thread():
        yield
        return
    heard: list[int] = []
    held = (signal.SIGINT, signal.SIGTERM)
    previous = {number: signal.signal(number, lambda number, _frame: heard.append(number)) for number in held}
    try:
        yield
    finally:
        for number, handler in previous.items():
            signal.signal(number, handler)
        for number in dict.fromkeys(heard):
            signal.raise_signal(number)  # (acted on by the handler the command had)


@contextmanager
def held_for_writing(paths: Iterable[Path]) -> Iterator[None]:
    """Each of these files (those there, regular ones) held by this process alone while the
    block runs: another hexaglot command that holds one waits. A command that merges into a
    catalog compares it with what it read and then writes it: two imports into one catalog at
    once both found it unchanged, both wrote, and the first's translations were lost under an
    exit 0. Held, the second finds the first's text, and says so (E050). (An advisory lock, on
    the file itself: none is left lying beside it, and a file renamed over it frees its waiter,
    who then reads the new one.)"""
    handles = []
    try:
        for path in sorted({Path(os.path.realpath(path)) for path in paths}):
            try:
                if fcntl is None or not stat.S_ISREG(os.stat(path).st_mode):
                    continue  # (a FIFO opened to be held would wait for a writer)
                handle = open(path, "rb")
            except OSError:
                continue  # not there yet, or not readable: the write says what is wrong
            handles.append(handle)
            _hold(handle, path)
        yield
    finally:
        for handle in handles:
            handle.close()


# How long a command waits for another that holds a catalog (a write takes milliseconds; one
# holding it longer is stuck, or a person's tool that locks files).
HOLD_WAIT_SECONDS = 60


def _hold(handle, path: Path) -> None:
    """The file held, waiting for another holder for up to HOLD_WAIT_SECONDS; where the file
    system keeps no locks (an NFS mount without its lock service), not held, as before."""
    waited = 0.0
    while True:
        try:
            fcntl.flock(handle.fileno(), fcntl.LOCK_EX | fcntl.LOCK_NB)
            return
        except BlockingIOError:
            if waited >= HOLD_WAIT_SECONDS:
                raise HexaglotInputError("E050", path, f"another command has held it for {HOLD_WAIT_SECONDS} seconds (writing "
                                         "it?): nothing was written over it; run the command again") from None
            time.sleep(0.1)
            waited += 0.1
        except OSError:
            return  # (ENOLCK, EINVAL: a file system without locks)


def atomic_write_all(writes: Iterable[tuple[Path, bytes]]) -> None:
    """Write several files, each as `atomic_write_bytes` does, or none: every new text is
    written and flushed beside its file first, and only then are they put in place. A file
    that cannot be written (a read-only folder or disk, a disk full) is E011 with the others
    left as they were: a command that changes several catalogs (import) changed the first and
    stopped at the second, and its exit 2 said that nothing was changed."""
    staged: list[tuple[Path, Path, bool]] = []
    try:
        for path, data in writes:
            done = _staged(path, (data,))
            if done is not None:
                staged.append(done)
    except BaseException:
        for _, temporary, _ in staged:
            temporary.unlink(missing_ok=True)
        raise
    for done in staged:
        _commit(*done)


def _staged(path: Path, parts: Iterable[bytes]) -> tuple[Path, Path, bool] | None:
    """The new text written and flushed beside the file: (the file, the text's temporary file,
    whether the file has a second name), or None where the file is no regular one and was
    written into as a stream (then nothing is left to put in place)."""
    try:
        mode = os.stat(path).st_mode
    except OSError:
        mode = None  # not there yet (or a link to nothing): made by the write below
    if mode is not None and stat.S_ISDIR(mode):
        raise HexaglotInputError("E011", path, "cannot write: it is a folder; name a file to write")
    if mode is not None and not stat.S_ISREG(mode):
        try:
            with open(path, "wb") as stream:
                stream.writelines(parts)
        except OSError as error:
            raise HexaglotInputError("E011", path, f"cannot write: {error.strerror}") from None
        return None
    path = writable_target(path)
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        handle = tempfile.NamedTemporaryFile(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp", delete=False)
    except OSError as error:
        # mkdir says "File exists" where a part of the path is a file, not a folder.
        blocking = next((folder for folder in reversed(path.parents) if folder.exists() and not folder.is_dir()), None)
        said = f"{blocking} is a file, not a folder" if blocking is not None else error.strerror
        raise HexaglotInputError("E011", path, f"cannot write: {said}") from None
    try:
        with handle:
            handle.writelines(parts)
            handle.flush()
            os.fsync(handle.fileno())
        linked = path.exists() and path.stat().st_nlink > 1
        if not linked:
            os.chmod(handle.name, path.stat().st_mode & 0o777 if path.exists() else 0o644)
    except BaseException as error:
        Path(handle.name).unlink(missing_ok=True)
        if isinstance(error, OSError):
            raise HexaglotInputError("E011", path, f"cannot write: {error.strerror}") from None
        raise
    return path, Path(handle.name), linked


def _commit(path: Path, temporary: Path, linked: bool) -> None:
    """Put a staged text in place: renamed over the file, or copied into it where the file has
    a second name (a rename would give the new text to one of its names only)."""
    if linked:
        _write_into(path, temporary)
        return
    try:
        os.replace(temporary, path)
    except OSError as error:
        temporary.unlink(missing_ok=True)
        raise HexaglotInputError("E011", path, f"cannot write: {error.strerror}") from None

/* atomic-file.c: temporary file + rename, so outputs are all or nothing.
 * Every write, flush, sync and close is checked before the rename; a
 * failure leaves the target as it was and removes the temporary file. */
#include <config.h>

#include <ctype.h>
#include <dirent.h>
#include <errno.h>
#include <fcntl.h>
#include <pthread.h>
#include <signal.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <time.h>
#include <unistd.h>

#include "atomic-file.h"
#include "diag.h"
#include "i18n.h"
#include "strbuf.h"
#include "xalloc.h"

#define TMP_MARK ".folio-"

static void untrack(const char *tmp_path);

static void clear(struct atomic_file *af)
{
	untrack(af->tmp_path);
	free(af->path);
	free(af->tmp_path);
	af->path = af->tmp_path = NULL;
	af->fp = NULL;
	af->direct = 0;
}

/* The temporary files open now, for the signal handler: a run stopped by
 * Ctrl-C or kill leaves none behind (SIGKILL cannot be caught: the next
 * update or build removes what it leaves). */
enum { MAX_PENDING = 16 };
static char *volatile pending[MAX_PENDING];

static void remove_pending(int signal_number)
{
	for (int i = 0; i < MAX_PENDING; i++)
		if (pending[i])
			unlink(pending[i]);
	signal(signal_number, SIG_DFL);
	raise(signal_number);
}

static void track(char *tmp_path)
{
	static int installed;

	if (!installed) {
		static const int signals[] = { SIGINT, SIGTERM, SIGHUP, SIGPIPE };
		struct sigaction action;
		memset(&action, 0, sizeof(action));
		action.sa_handler = remove_pending;
		sigemptyset(&action.sa_mask);
		for (size_t i = 0; i < sizeof(signals) / sizeof(signals[0]); i++) {
			struct sigaction old;
			/* Leave alone a signal the caller chose to ignore. */
			if (sigaction(signals[i], NULL, &old) == 0 && old.sa_handler != SIG_IGN)
				sigaction(signals[i], &action, NULL);
		}
		installed = 1;
	}
	for (int i = 0; i < MAX_PENDING; i++)
		if (!pending[i]) {
			pending[i] = tmp_path;
			return;
		}
}

static void untrack(const char *tmp_path)
{
	for (int i = 0; tmp_path && i < MAX_PENDING; i++)
		if (pending[i] == tmp_path)
			pending[i] = NULL;
}

/* The process id, asked once per process, and the state of the stream of
 * temporary names: a forked child starts both again. */
static pid_t cached_pid;
static uint64_t suffix_state;

static void forget_pid(void)
{
	cached_pid = 0;
	suffix_state = 0;
}

static pid_t own_pid(void)
{
	static int registered;

	if (!registered) {
		pthread_atfork(NULL, NULL, forget_pid);
		registered = 1;
	}
	if (!cached_pid)
		cached_pid = getpid();
	return cached_pid;
}

/* DIR/.BASE.folio-PID-XXXXXX for DIR/BASE. */
static void temporary_name(const char *path, struct strbuf *out)
{
	const char *slash = strrchr(path, '/');
	const char *base = slash ? slash + 1 : path;

	strbuf_add(out, path, (size_t)(base - path));
	strbuf_addf(out, ".%s" TMP_MARK "%ld-XXXXXX", base, (long)own_pid());
}

/* Six letters or digits for the end of a temporary name: a xorshift
 * stream seeded by the process and the clock, so that names seldom
 * collide; O_EXCL, not the letters, is what makes the file ours. */
static void fill_suffix(char *x)
{
	static const char letters[] =
		"abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789";

	if (!suffix_state) {
		struct timespec now;
		clock_gettime(CLOCK_MONOTONIC, &now);
		suffix_state = ((uint64_t)own_pid() << 32) ^ (uint64_t)now.tv_nsec
			       ^ ((uint64_t)now.tv_sec << 20) ^ (uint64_t)(uintptr_t)x;
		suffix_state |= 1;
	}
	suffix_state ^= suffix_state << 13;
	suffix_state ^= suffix_state >> 7;
	suffix_state ^= suffix_state << 17;
	uint64_t bits = suffix_state;
	for (int i = 0; i < 6; i++, bits /= 62)
		x[i] = letters[bits % 62];
}

/* A new temporary file for path, named into tmp and opened for writing,
 * with mode from its creation on (mkstemp's are 0600, which would cost a
 * chmod per edition, and editions are written by the thousand).  -1 and
 * errno when none can be made. */
static int create_temporary(const char *path, mode_t mode, struct strbuf *tmp)
{
	temporary_name(path, tmp);
	char *x = tmp->buf + tmp->len - 6;
	for (int attempt = 0; attempt < 100; attempt++) {
		fill_suffix(x);
		int fd = open(tmp->buf, O_RDWR | O_CREAT | O_EXCL | O_CLOEXEC, mode);
		if (fd >= 0 || errno != EEXIST)
			return fd;
	}
	return errno = EEXIST, -1;
}

static int is_special(const char *path)
{
	struct stat st;

	return stat(path, &st) == 0 && !S_ISREG(st.st_mode) && !S_ISDIR(st.st_mode);
}

static int open_direct(struct atomic_file *af, const char *path)
{
	af->path = xstrdup(path);
	af->tmp_path = NULL;
	af->direct = 1;
	/* No O_CREAT: the file exists; no O_TRUNC: meaningless for a device. */
	int fd = open(path, O_WRONLY | O_CLOEXEC);
	af->fp = fd >= 0 ? fdopen(fd, "w") : NULL;
	if (!af->fp) {
		int saved = errno;
		if (fd >= 0)
			close(fd);
		clear(af);
		return diag_io_error(path, 0, 0, _("cannot write file: %s"), strerror(saved));
	}
	return 0;
}

int atomic_file_open_named(struct atomic_file *af, const char *path)
{
	struct strbuf tmp = STRBUF_INIT;

	memset(af, 0, sizeof(*af));
	af->path = xstrdup(path);
	int fd = create_temporary(path, 0600, &tmp);
	if (fd < 0) {
		int saved = errno;
		strbuf_release(&tmp);
		clear(af);
		return diag_io_error(path, 0, 0, _("cannot create file: %s"), strerror(saved));
	}
	af->tmp_path = strbuf_detach(&tmp, NULL);
	track(af->tmp_path);
	af->fp = fdopen(fd, "w");
	if (!af->fp) {
		int saved = errno;
		close(fd);
		atomic_file_abort(af);
		return diag_io_error(path, 0, 0, _("cannot create file: %s"), strerror(saved));
	}
	return 0;
}

int atomic_file_open(struct atomic_file *af, const char *path)
{
	memset(af, 0, sizeof(*af));
	if (is_special(path))
		return open_direct(af, path);
	return atomic_file_open_named(af, path);
}

/* Flush, sync (for a regular file), close: the three places a full disk
 * shows itself. */
static int finish_stream(struct atomic_file *af, int sync)
{
	int err = 0;

	if (fflush(af->fp) != 0 || ferror(af->fp))
		err = errno ? errno : EIO;
	if (!err && sync && fsync(fileno(af->fp)) != 0 && errno != EINVAL)
		err = errno;   /* EINVAL: a FIFO or device cannot be synced */
	if (fclose(af->fp) != 0 && !err)
		err = errno ? errno : EIO;
	af->fp = NULL;
	if (err)
		return diag_io_error(af->path, 0, 0, _("write error: %s"), strerror(err));
	return 0;
}

int atomic_file_close_stream(struct atomic_file *af)
{
	if (!af->fp)
		return 0;
	errno = 0;
	return finish_stream(af, 0);
}

/* Data a tool wrote by name reaches the disk before the rename: a crash
 * of the machine must not leave a renamed but empty catalog. */
static int sync_file(const char *path)
{
	int fd = open(path, O_RDONLY | O_CLOEXEC);
	int rc = fd >= 0 && fsync(fd) == 0 ? 0 : -1;
	int saved = errno;

	if (fd >= 0)
		close(fd);
	errno = saved;
	return rc;
}

/* The process's umask, asked once: umask() can only be read by setting
 * it, and nothing here changes it. */
static mode_t creation_mask(void)
{
	static int known;
	static mode_t mask;

	if (!known) {
		mask = umask(0);
		umask(mask);
		known = 1;
	}
	return mask;
}

/* New files get the permissions an ordinary creat() would give them. */
static mode_t target_mode(const char *path)
{
	struct stat st;

	if (stat(path, &st) == 0)
		return st.st_mode & 07777;
	return 0666 & ~creation_mask();
}

/* The rename itself is made durable by syncing the folder. */
static void sync_folder(const char *path)
{
	const char *slash = strrchr(path, '/');
	char *dir = slash ? xstrndup(path, slash == path ? 1 : (size_t)(slash - path)) : xstrdup(".");
	int fd = open(dir, O_RDONLY | O_DIRECTORY | O_CLOEXEC);

	if (fd >= 0) {
		fsync(fd);
		close(fd);
	}
	free(dir);
}

/* Reports what failed for the target, with errno's text, and gives up. */
static int install_failed(struct atomic_file *af, const char *what)
{
	int saved = errno;
	char *path = xstrdup(af->path);

	atomic_file_abort(af);
	diag_io_error(path, 0, 0, "%s: %s", what, strerror(saved));
	free(path);
	return -1;
}

static int install(struct atomic_file *af, int durable)
{
	if (durable && sync_file(af->tmp_path) != 0)
		return install_failed(af, _("write error"));
	if (chmod(af->tmp_path, target_mode(af->path)) != 0
	    || rename(af->tmp_path, af->path) != 0)
		return install_failed(af, _("cannot write file"));
	if (durable)
		sync_folder(af->path);
	clear(af);
	return 0;
}

int atomic_file_commit_exclusive(struct atomic_file *af)
{
	if (atomic_file_close_stream(af) < 0) {
		atomic_file_abort(af);
		return -1;
	}
	if (sync_file(af->tmp_path) != 0)
		return install_failed(af, _("write error"));
	if (chmod(af->tmp_path, target_mode(af->path)) != 0 || link(af->tmp_path, af->path) != 0)
		return install_failed(af, _("cannot create file"));
	sync_folder(af->path);
	atomic_file_abort(af);   /* the temporary name only */
	return 0;
}

static int files_equal(const char *a, const char *b)
{
	size_t len_a, len_b;
	char *data_a = read_file(a, &len_a);
	char *data_b = read_file(b, &len_b);
	int same = data_a && data_b && len_a == len_b && memcmp(data_a, data_b, len_a) == 0;

	free(data_a);
	free(data_b);
	return same;
}

static int fail(struct atomic_file *af)
{
	atomic_file_abort(af);
	return -1;
}

int atomic_file_commit_if_changed(struct atomic_file *af,
				  int (*same_content)(const char *, const char *),
				  int *changed)
{
	if (changed)
		*changed = 1;
	if (atomic_file_close_stream(af) < 0)
		return fail(af);
	if (af->direct) {
		clear(af);
		return 0;
	}
	if (!same_content)
		same_content = files_equal;
	if (check_regular_file(af->path) == 0 && same_content(af->path, af->tmp_path)) {
		if (changed)
			*changed = 0;
		atomic_file_abort(af);
		return 0;
	}
	return install(af, 1);
}

int atomic_file_commit(struct atomic_file *af)
{
	return atomic_file_commit_if_changed(af, NULL, NULL);
}

/* path already holds exactly data (st: its stat). */
static int holds(const char *path, const struct stat *st, const char *data, size_t len)
{
	if (!S_ISREG(st->st_mode) || (unsigned long long)st->st_size != len)
		return 0;
	size_t old_len;
	char *old = read_file(path, &old_len);
	int same = old && old_len == len && memcmp(old, data, len) == 0;
	free(old);
	return same;
}

/* data into a special file, in place. */
static int write_direct(const char *path, const char *data, size_t len)
{
	struct atomic_file af;

	if (open_direct(&af, path) < 0)
		return -1;
	int fd = fileno(af.fp);
	if (write_all(fd, data, len) < 0) {
		diag_io_error(path, 0, 0, _("write error: %s"), strerror(errno));
		return fail(&af);
	}
	if (fclose(af.fp) != 0) {
		af.fp = NULL;
		diag_io_error(path, 0, 0, _("write error: %s"), strerror(errno));
		return fail(&af);
	}
	af.fp = NULL;
	clear(&af);
	return 0;
}

/* data into a new temporary file beside path, given mode, then renamed
 * over path: on the descriptor itself, no stream, since editions are
 * written whole from memory and by the thousand. */
static int write_renamed(const char *path, const char *data, size_t len, mode_t mode)
{
	struct strbuf tmp = STRBUF_INIT;
	const char *what = _("cannot create file");

	int fd = create_temporary(path, mode, &tmp);
	if (fd < 0) {
		int saved = errno;
		strbuf_release(&tmp);
		return diag_io_error(path, 0, 0, "%s: %s", what, strerror(saved));
	}
	track(tmp.buf);
	int ok = write_all(fd, data, len) == 0;
	what = _("write error");
	/* The umask took bits from mode, or mode has bits open() may drop. */
	if (ok && (mode & (creation_mask() | 07000)) && !(ok = fchmod(fd, mode) == 0))
		what = _("cannot write file");
	/* The close is where some file systems report a full disk. */
	if (close(fd) != 0 && ok) {
		ok = 0;
		what = _("write error");
	}
	if (ok && !(ok = rename(tmp.buf, path) == 0))
		what = _("cannot write file");
	int saved = errno;
	untrack(tmp.buf);
	if (!ok) {
		unlink(tmp.buf);
		diag_io_error(path, 0, 0, "%s: %s", what, strerror(saved));
	}
	strbuf_release(&tmp);
	return ok ? 0 : -1;
}

/* One stat of the target decides: a special file is written in place,
 * one that holds data already is left alone, else a temporary file with
 * the target's mode (or a new file's) replaces it. */
int atomic_file_write_if_changed(const char *path, const char *data, size_t len)
{
	struct stat st;

	if (stat(path, &st) != 0)
		return write_renamed(path, data, len, 0666 & ~creation_mask());
	if (!S_ISREG(st.st_mode) && !S_ISDIR(st.st_mode))
		return write_direct(path, data, len);
	if (holds(path, &st, data, len))
		return 0;
	return write_renamed(path, data, len, st.st_mode & 07777);
}

void atomic_file_abort(struct atomic_file *af)
{
	if (af->fp)
		fclose(af->fp);
	if (af->tmp_path)
		unlink(af->tmp_path);
	clear(af);
}

/* ".BASE.folio-PID-XXXXXX": the process id, or 0 when name is not ours. */
static long temporary_owner(const char *name)
{
	if (name[0] != '.')
		return 0;
	const char *mark = strstr(name + 1, TMP_MARK);
	if (!mark)
		return 0;
	const char *p = mark + strlen(TMP_MARK);
	long pid = 0;
	while (isdigit((unsigned char)*p) && pid < 100000000)
		pid = pid * 10 + (*p++ - '0');
	if (pid <= 0 || *p != '-' || strlen(p + 1) != 6)
		return temporary_owner(mark + 1);
	return pid;
}

void atomic_file_remove_stale(const char *dir)
{
	DIR *handle = opendir(dir);
	struct dirent *entry;

	while (handle && (entry = readdir(handle))) {
		long pid = temporary_owner(entry->d_name);
		if (pid <= 0 || pid == (long)getpid())
			continue;
		if (kill((pid_t)pid, 0) == 0 || errno != ESRCH)
			continue;   /* alive, or not ours to judge */
		struct strbuf path = STRBUF_INIT;
		strbuf_addf(&path, "%s/%s", dir, entry->d_name);
		unlink(path.buf);
		strbuf_release(&path);
	}
	if (handle)
		closedir(handle);
}

int write_all(int fd, const void *data, size_t len)
{
	const char *p = data;

	while (len > 0) {
		ssize_t n = write(fd, p, len);
		if (n < 0 && errno == EINTR)
			continue;
		if (n <= 0) {
			if (n == 0)
				errno = EIO;
			return -1;
		}
		p += n;
		len -= (size_t)n;
	}
	return 0;
}

int read_all(int fd, struct strbuf *out)
{
	ssize_t n;

	/* Straight into out's own space, which grows only when it is full
	 * (a file's size is usually reserved before). */
	do {
		if (out->alloc <= out->len + 1)
			strbuf_grow(out, 65536);
		n = read(fd, out->buf + out->len, out->alloc - out->len - 1);
		if (n < 0 && errno == EINTR)
			continue;
		if (n < 0)
			return -1;
		strbuf_setlen(out, out->len + (size_t)n);
	} while (n != 0);
	return 0;
}

int copy_file_to(const char *from, FILE *out, const char *out_name)
{
	size_t len;
	char *data = read_file(from, &len);

	if (!data)
		return diag_io_error(from, 0, 0, _("cannot read file: %s"), read_file_strerror(errno));
	size_t written = fwrite(data, 1, len, out);
	free(data);
	if (written != len || fflush(out) != 0)
		return diag_io_error(out_name, 0, 0, _("write error: %s"), strerror(errno));
	return 0;
}

static int regular_or_errno(const struct stat *st)
{
	if (S_ISREG(st->st_mode))
		return 0;
	errno = S_ISDIR(st->st_mode) ? EISDIR : EINVAL;
	return -1;
}

int check_regular_file(const char *path)
{
	struct stat st;

	if (stat(path, &st) != 0)
		return -1;
	return regular_or_errno(&st);
}

const char *read_file_strerror(int err)
{
	return err == EINVAL ? _("not a regular file") : strerror(err);
}

char *read_file(const char *path, size_t *len)
{
	/* O_NONBLOCK: opening a FIFO must not wait for a writer. */
	int fd = open(path, O_RDONLY | O_NONBLOCK | O_CLOEXEC);
	struct stat st;

	if (fd < 0)
		return NULL;
	if (fstat(fd, &st) != 0 || regular_or_errno(&st) < 0) {
		int saved = errno;
		close(fd);
		errno = saved;
		return NULL;
	}
	struct strbuf sb = STRBUF_INIT;
	/* The size fstat gave, read in full and no further: a file that grows
	 * meanwhile is taken as it was when opened, and the common case
	 * needs no read that finds the end.  A size of 0 may be a file the
	 * kernel makes as it is read (/proc): that one is read to its end. */
	size_t size = (size_t)st.st_size;
	strbuf_grow(&sb, size + 1);
	int rc = size == 0 ? read_all(fd, &sb) : 0;
	while (sb.len < size) {
		ssize_t n = read(fd, sb.buf + sb.len, size - sb.len);
		if (n < 0 && errno == EINTR)
			continue;
		if (n <= 0) {
			rc = (int)n;
			break;   /* an error, or the file shrank */
		}
		strbuf_setlen(&sb, sb.len + (size_t)n);
	}
	int saved = errno;
	close(fd);
	if (rc < 0) {
		strbuf_release(&sb);
		errno = saved;
		return NULL;
	}
	return strbuf_detach(&sb, len);
}

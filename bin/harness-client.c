/* The thin client of the harness daemon (harness/src/dev/browserharness/Daemon.java has the wire format).
 * bin/harness compiles it into target/ on first use, so a daemon run starts no JVM.
 *
 *   harness-client SOCKET WAIT-PID KIND KEY CWD [ARG...]
 *
 * Sends one request (KIND run, status or stop), copies the answer's stdout/stderr frames to fds 1 and 2 and exits
 * with the run's status. WAIT-PID > 0: that daemon is starting, so keep trying to connect while it lives.
 * Exit 200: no daemon answered; 201: the daemon refused (another build, retiring); 202: the connection ended before
 * the daemon took the run; 203: the socket's folder is not this user's alone (mode 0700) (bin/harness then starts a daemon or runs in-process). Dying (Ctrl-C, or bin/harness
 * killed) closes the socket, which ends the run in the daemon. */
#include <errno.h>
#include <signal.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/prctl.h>
#include <sys/socket.h>
#include <sys/stat.h>
#include <sys/un.h>
#include <time.h>
#include <unistd.h>

static int write_all(int fd, const char *p, size_t n) {
  while (n > 0) {
    ssize_t w = write(fd, p, n);
    if (w < 0) {
      if (errno == EINTR) continue;
      return -1;
    }
    p += w;
    n -= (size_t)w;
  }
  return 0;
}

static int read_all(int fd, char *p, size_t n) {
  while (n > 0) {
    ssize_t r = read(fd, p, n);
    if (r < 0 && errno == EINTR) continue;
    if (r <= 0) return -1;
    p += r;
    n -= (size_t)r;
  }
  return 0;
}

static double now(void) {
  struct timespec t;
  clock_gettime(CLOCK_MONOTONIC, &t);
  return t.tv_sec + t.tv_nsec / 1e9;
}

static int try_connect(const char *path) {
  struct sockaddr_un a;
  int fd = socket(AF_UNIX, SOCK_STREAM, 0);
  if (fd < 0) return -1;
  memset(&a, 0, sizeof a);
  a.sun_family = AF_UNIX;
  strncpy(a.sun_path, path, sizeof a.sun_path - 1);
  if (connect(fd, (struct sockaddr *)&a, sizeof a) == 0) return fd;
  close(fd);
  return -1;
}

/* Connects; while daemon `pid` is starting (alive), retries for up to two minutes, then 2 s past its death (a daemon
 * that lost the start-up race to another exits, and the other binds at once). */
static int connect_daemon(const char *path, long pid) {
  int fd = try_connect(path);
  if (fd >= 0 || pid <= 0) return fd;
  double start = now(), dead_at = 0;
  struct timespec pause = {0, 5 * 1000 * 1000};
  while (now() - start < 120) {
    nanosleep(&pause, NULL);
    if ((fd = try_connect(path)) >= 0) return fd;
    if (dead_at == 0 && kill((pid_t)pid, 0) != 0 && errno == ESRCH) dead_at = now();
    if (dead_at != 0 && now() - dead_at > 2) break;
  }
  return -1;
}

int main(int argc, char **argv) {
  if (argc < 6) {
    fprintf(stderr, "usage: harness-client SOCKET WAIT-PID KIND KEY CWD [ARG...]\n");
    return 2;
  }
  /* bin/harness waits for this process: when it is killed (SIGTERM, SIGHUP), so is this one, and the run ends. */
  pid_t parent = getppid();
  prctl(PR_SET_PDEATHSIG, SIGTERM);
  if (getppid() != parent) return 1;
  /* The socket's folder must be this user's and closed to others, or nobody's socket there can be trusted. */
  char folder[4096];
  snprintf(folder, sizeof folder, "%s", argv[1]);
  char *slash = strrchr(folder, '/');
  if (slash) *slash = 0; else strcpy(folder, ".");
  struct stat st;
  if (lstat(folder, &st) != 0 || !S_ISDIR(st.st_mode) || st.st_uid != getuid() || (st.st_mode & 077) != 0) return 203;
  int fd = connect_daemon(argv[1], atol(argv[2]));
  if (fd < 0) return 200;
  signal(SIGPIPE, SIG_IGN); /* a daemon gone mid-request is a failed write, not a silent death */

  /* "BH1\0" kind "\0" key "\0" cwd "\0" argc "\0" (arg "\0")* */
  size_t len = 4;
  char count[16];
  snprintf(count, sizeof count, "%d", argc - 6);
  for (int i = 3; i < argc; i++) len += strlen(argv[i]) + 1;
  len += strlen(count) + 1;
  char *req = malloc(len), *p = req;
  if (!req) return 202;
  memcpy(p, "BH1", 4);
  p += 4;
  for (int i = 3; i < argc; i++) {
    size_t n = strlen(argv[i]) + 1;
    memcpy(p, argv[i], n);
    p += n;
    if (i == 5) {
      memcpy(p, count, strlen(count) + 1);
      p += strlen(count) + 1;
    }
  }
  if (write_all(fd, req, len) != 0) return 202;
  free(req);

  int accepted = 0;
  size_t cap = 1 << 16;
  char *buf = malloc(cap);
  for (;;) {
    unsigned char head[5];
    if (read_all(fd, (char *)head, 5) != 0) break;
    uint32_t n = (uint32_t)head[1] << 24 | (uint32_t)head[2] << 16 | (uint32_t)head[3] << 8 | head[4];
    if (n > cap) {
      cap = n;
      buf = realloc(buf, cap);
      if (!buf) return accepted ? 1 : 202;
    }
    if (read_all(fd, buf, n) != 0) break;
    switch (head[0]) {
      case 'A': accepted = 1; break;
      case 'O': write_all(1, buf, n); break;
      case 'E': write_all(2, buf, n); break;
      case 'X':
        if (n != 4) return 1;
        return (int)((unsigned char)buf[0] << 24 | (unsigned char)buf[1] << 16 | (unsigned char)buf[2] << 8 | (unsigned char)buf[3]);
      case 'R':
        if (getenv("HARNESS_DAEMON_DEBUG")) fprintf(stderr, "harness: the daemon refused the run: %.*s\n", (int)n, buf);
        return 201;
      default: break;
    }
  }
  if (!accepted) return 202;
  fprintf(stderr, "harness: the daemon ended during the run (its log: %s.log)\n", argv[1]);
  return 1;
}

/* An Emscripten pthreads program for tests/pages/wasm/pthreads.html: four threads add to one atomic counter and
 * are joined, then two threads hand a token back and forth through a mutex and a condition variable. */
#include <stdio.h>
#include <pthread.h>
#include <stdatomic.h>

static atomic_int counter = 0;
static pthread_mutex_t mu = PTHREAD_MUTEX_INITIALIZER;
static pthread_cond_t cv = PTHREAD_COND_INITIALIZER;
static int token = 0; /* 0: ping's turn, 1: pong's turn */
static int rounds_done = 0;
#define ROUNDS 100

static void *adder(void *arg) {
  for (int i = 0; i < 100000; i++) atomic_fetch_add(&counter, 1);
  return arg;
}
static void *pingpong(void *arg) {
  int me = (int)(long)arg;
  for (int r = 0; r < ROUNDS; r++) {
    pthread_mutex_lock(&mu);
    while (token != me) pthread_cond_wait(&cv, &mu);
    token = 1 - me;
    rounds_done++;
    pthread_cond_broadcast(&cv);
    pthread_mutex_unlock(&mu);
  }
  return NULL;
}
int main(void) {
  pthread_t t[4], p[2];
  printf("main start\n");
  for (long i = 0; i < 4; i++) pthread_create(&t[i], NULL, adder, (void*)i);
  for (int i = 0; i < 4; i++) { void *r; pthread_join(t[i], &r); printf("joined adder %ld\n", (long)r); }
  printf("counter = %d (expect 400000)\n", atomic_load(&counter));
  for (long i = 0; i < 2; i++) pthread_create(&p[i], NULL, pingpong, (void*)i);
  for (int i = 0; i < 2; i++) pthread_join(p[i], NULL);
  printf("pingpong rounds = %d (expect %d), token=%d\n", rounds_done, 2*ROUNDS, token);
  printf("main done\n");
  return 0;
}

package dev.briefing.thread;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.concurrent.ExecutorService;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class BackgroundWorkTest {

    @Test
    void aFailureInTheWorkerSurfacesAsItWasThrown() {
        ExecutorService worker = BackgroundWork.worker("test-worker");
        try {
            assertThatThrownBy(() -> BackgroundWork.resultOf(worker.submit(() -> {
                throw new UncheckedIOException(new IOException("disk gone"));
            }), "loading"))
                    .isInstanceOf(UncheckedIOException.class).hasMessageContaining("disk gone");
            assertThatThrownBy(() -> BackgroundWork.resultOf(worker.submit(() -> {
                throw new IOException("checked");
            }), "loading"))
                    .isInstanceOf(IllegalStateException.class).hasMessage("loading failed").hasRootCauseMessage("checked");
        } finally {
            worker.shutdownNow();
        }
    }

    @Test
    void theWorkerIsADaemonThatDoesNotKeepTheJvmAlive() throws InterruptedException {
        ExecutorService worker = BackgroundWork.worker("test-worker");
        try {
            Thread thread = BackgroundWork.resultOf(worker.submit(Thread::currentThread), "asking");
            assertThat(thread.isDaemon()).isTrue();
            assertThat(thread.getName()).isEqualTo("test-worker");
        } finally {
            worker.shutdownNow();
        }
    }
}

package dev.briefing.job;

import dev.briefing.profile.ThreadProfile;

/**
 * What every step of one run needs besides its own components: the run's parameters, the
 * job instance it belongs to (a restart keeps the instance), its collection and its profile.
 */
record RunContext(RunParameters parameters, long jobInstanceId, long collectionId, String collectionRoot, ThreadProfile profile) {
}

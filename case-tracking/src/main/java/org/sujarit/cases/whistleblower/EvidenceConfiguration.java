package org.sujarit.cases.whistleblower;

import com.mongodb.client.gridfs.GridFSBucket;
import com.mongodb.client.gridfs.GridFSBuckets;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.mongodb.MongoDatabaseFactory;

/**
 * The GridFS bucket of evidence files, in the case-tracking database.
 */
@Configuration(proxyBeanMethods = false)
class EvidenceConfiguration {

	@Bean
	GridFSBucket evidenceBucket(MongoDatabaseFactory databases) {
		return GridFSBuckets.create(databases.getMongoDatabase(), FollowUps.BUCKET);
	}

}

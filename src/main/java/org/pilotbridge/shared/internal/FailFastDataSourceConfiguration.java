package org.pilotbridge.shared.internal;

import java.time.Duration;

import javax.sql.DataSource;

import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Puts the connection pool, embedded or external, behind a {@link FailFastDataSource}.
 */
@Configuration(proxyBeanMethods = false)
class FailFastDataSourceConfiguration {

	@Bean
	static BeanPostProcessor failFastDataSource(
			@Value("${pilotbridge.database.fail-fast-period:PT5S}") Duration quietPeriod) {
		return new BeanPostProcessor() {
			@Override
			public Object postProcessAfterInitialization(Object bean, String beanName) {
				return bean instanceof DataSource pool && !(bean instanceof FailFastDataSource)
						? new FailFastDataSource(pool, quietPeriod) : bean;
			}
		};
	}

}
